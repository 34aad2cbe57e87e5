import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import type { CustomField } from '../../api/wire';
import { parseCriteria } from '../../model/search-criteria';
import { SearchForm } from './search-form';

const field = (id: string, label: string, searchable = true): CustomField => ({
  _id: id,
  label,
  scope: 'visitor',
  searchable,
  visibility: 'visible',
});
const searchable = [field('customerId', 'Customer ID'), field('plan', 'Plan')];

function renderForm(query = '') {
  const onSearch = vi.fn();
  renderWithProviders(
    <SearchForm
      criteria={parseCriteria(query, 'BR')}
      searchable={searchable}
      notSearchable={[field('note', 'Internal note', false)]}
      fieldsFailed={false}
      onSearch={onSearch}
    />,
  );
  return { onSearch, user: userEvent.setup() };
}

describe('SearchForm', () => {
  it('offers the searchable fields by label and names the ones that are not', () => {
    renderForm();
    expect(screen.getByText(/Not searchable in Rocket.Chat: Internal note\./)).toBeInTheDocument();
  });

  it('adds and removes condition rows, each field at most once', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Custom field' }), 'Customer ID');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    const second = screen.getAllByRole('combobox', { name: 'Custom field' })[1]!;
    expect(within(second).queryByRole('option', { name: 'Customer ID' })).toBeNull();
    expect(within(second).getByRole('option', { name: 'Plan' })).toBeInTheDocument();
    // Every searchable field is used: no more rows.
    expect(screen.getByRole('button', { name: 'Add condition' })).toBeDisabled();

    await user.click(screen.getAllByRole('button', { name: 'Remove condition' })[0]!);
    expect(screen.getAllByRole('combobox', { name: 'Custom field' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Add condition' })).toBeEnabled();
  });

  it('submits normalised criteria: email lower-cased and trimmed, values trimmed', async () => {
    const { user, onSearch } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Email' }), '  Ana.Silva@Example.COM ');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Custom field' }), 'Plan');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), ' pro ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSearch).toHaveBeenCalledWith({
      email: 'ana.silva@example.com',
      phone: '',
      region: 'BR',
      conditions: [{ fieldId: 'plan', value: 'pro' }],
    });
  });

  it('asks for at least one condition', async () => {
    const { user, onSearch } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter an email, a phone or a custom field value to search.',
    );
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('checks the email, the phone and every row before searching', async () => {
    const { user, onSearch } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'nobody@');
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Invalid email address')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Invalid email address');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription(
      'Enter a phone number with digits',
    );
    expect(screen.getByRole('combobox', { name: 'Custom field' })).toHaveAccessibleDescription('Choose a custom field');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveAccessibleDescription('Value required');
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('starts from the search in the URL', () => {
    renderForm('email=a%40b.co&cf.plan=pro');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('a@b.co');
    expect(screen.getByRole('combobox', { name: 'Custom field' })).toHaveValue('plan');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('pro');
  });
});
