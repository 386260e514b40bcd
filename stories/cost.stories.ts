import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = Record<string, string> & { debug?: boolean };

const ATTRIBUTES = ['level', 'daily-rate', 'days-per-week', 'weeks', 'coverage', 'design', 'deductible', 'deductible-met', 'coinsurance', 'copay', 'oop-max', 'oop-met', 'billed-rate'];

const meta: Meta<Args> = {
  title: 'Widgets/Cost',
  component: 'carepath-cost',
  tags: ['autodocs'],
  render: (args, { globals }) => {
    const element = document.createElement('carepath-cost');
    element.setAttribute('theme', globals.theme as string);
    for (const name of ATTRIBUTES) if (args[name]) element.setAttribute(name, args[name]);
    if (args.debug) element.setAttribute('debug', '');
    return html`${element}`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const SelfPay: Story = { args: { coverage: 'self-pay' } };
export const InNetwork: Story = { args: { coverage: 'in-network', deductible: '1500', coinsurance: '20', 'oop-max': '6000' } };
export const OutOfPocketMaximumReached: Story = { args: { coverage: 'in-network', deductible: '1500', coinsurance: '20', 'oop-max': '2500' } };
export const Copay: Story = { args: { coverage: 'in-network', design: 'copay', copay: '40' } };
export const OutOfNetwork: Story = { args: { coverage: 'out-of-network', deductible: '3000', coinsurance: '40', 'billed-rate': '450' } };
export const NoBenefits: Story = { args: { coverage: 'no-benefits', 'billed-rate': '350' } };
export const PartialHospitalization: Story = { args: { level: 'php' } };
export const TwentyFourHourCare: Story = { args: { level: 'residential' } };
export const BadInput: Story = { args: { weeks: '60', coinsurance: '0.2', coverage: 'in-network', debug: true } };
