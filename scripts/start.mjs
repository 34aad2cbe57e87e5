// `npm start`: the local Rocket.Chat-compatible server (unless ROCKETCHAT_URL names a real one) and the app,
// behind one URL. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const localPort = process.env.LOCAL_SERVER_PORT ?? '3000';
const children = [];

function stopAll(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

if (!process.env.ROCKETCHAT_URL) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', localPort, '--quiet'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  server.on('exit', (code) => {
    if (code) {
      console.error(
        `The local server stopped (exit code ${code}); see its message above. LOCAL_SERVER_PORT picks another port.`,
      );
      stopAll(1);
    }
  });
  children.push(server);
}

const vite = await createServer({ logLevel: 'warn', server: { strictPort: false } });
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  Omnichannel Contacts: ${url}\n`);
if (process.env.ROCKETCHAT_URL) {
  console.log(`  Talking to Rocket.Chat at ${process.env.ROCKETCHAT_URL}\n`);
} else {
  console.log('  Local Rocket.Chat-compatible server with demo data. Demo logins (password = username + "123"):');
  console.log('  admin, manager, agent, user (no omnichannel roles), secure (two-factor; TOTP secret in the README)\n');
}
