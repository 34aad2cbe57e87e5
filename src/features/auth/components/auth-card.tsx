import type { FormEvent, ReactNode } from 'react';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';

interface AuthCardProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  intro: string;
  /** Rocket.Chat's refusal in words, above the fields; none while there is nothing to say. */
  failure: string | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** A sign-in step (the password, then the second factor): its card, heading, explanation and refusal. */
export function AuthCard({ id, title, intro, failure, onSubmit, children }: AuthCardProps) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="xl" radius="md" w="100%" maw={420}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <Title order={1} id={id} size="h2">
              {title}
            </Title>
            <Text c="dimmed" size="sm">
              {intro}
            </Text>
          </div>
          {failure && <Alert color="red" role="alert" title={failure} />}
          {children}
        </Stack>
      </form>
    </Paper>
  );
}
