import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { FieldValue } from './field-value';

describe('FieldValue', () => {
  it('shows markup from the server as text, creating no element from it', () => {
    const payload = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { container } = renderWithProviders(<FieldValue value={payload} />);
    expect(screen.getByText(payload)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('links an http(s) URL, in a new tab that cannot reach this one', () => {
    renderWithProviders(<FieldValue value="https://example.com/a" />);
    const link = screen.getByRole('link', { name: 'https://example.com/a' });
    expect(link).toHaveAttribute('href', 'https://example.com/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('does not link a javascript: URL', () => {
    renderWithProviders(<FieldValue value="javascript:alert(1)" />);
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
