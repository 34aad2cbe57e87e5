import { describe, expect, it } from 'vitest';
import { sourceKind, sourceName } from './channel-source';

describe('channel sources', () => {
  it.each([
    [{ type: 'widget' }, 'widget', 'Livechat'],
    [{ type: 'email', id: 'inbox-1' }, 'email', 'Email'],
    [{ type: 'sms' }, 'sms', 'SMS'],
    [{ type: 'app', id: 'whatsapp-app', label: 'WhatsApp Business' }, 'whatsapp', 'WhatsApp'],
    [{ type: 'app', alias: 'Telegram' }, 'app', 'Telegram'],
    [{ type: 'app' }, 'app', 'Custom app'],
    [{ type: 'api' }, 'api', 'Custom API'],
    [{ type: 'api', label: 'CRM bridge' }, 'api', 'CRM bridge'],
    [{ type: 'other' }, 'other', 'Custom integration'],
    [{ type: 'fax' }, 'other', 'fax'],
    [{}, 'other', 'Custom integration'],
  ])('%j is %s, read as "%s"', (source, kind, name) => {
    expect(sourceKind(source)).toBe(kind);
    expect(sourceName(source)).toBe(name);
  });
});
