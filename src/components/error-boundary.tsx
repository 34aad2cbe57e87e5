import { t } from '@/i18n/translator';
import { Component, type ReactNode } from 'react';
import { Alert, Button, Text } from '@mantine/core';
import { FrameHandOff } from '@/lib/first-paint-frame';

interface State {
  failed: boolean;
}

/** Last line of defence for a screen that throws while rendering: say so, keep the shell, offer Retry. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title={t('common.crashTitle')} role="alert">
        <Text size="sm" mb="xs">
          {t('common.crashBody')}
        </Text>
        <Button size="xs" variant="default" onClick={() => this.setState({ failed: false })}>
          {t('common.retry')}
        </Button>
        <FrameHandOff />
      </Alert>
    );
  }
}
