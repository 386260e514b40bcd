import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesFor, controlsOf, renderWidget, type WidgetArgs } from './controls.js';

// Controls: every attribute and brand custom property of <carepath-cost>, generated from the manifest.
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Cost',
  component: 'carepath-cost',
  tags: ['autodocs'],
  argTypes: argTypesFor('carepath-cost'),
  parameters: controlsOf('carepath-cost'),
  render: (args, { globals }) => renderWidget('carepath-cost', args, globals),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

export const SelfPay: Story = { args: { coverage: 'self-pay' } };
export const InNetwork: Story = { args: { coverage: 'in-network', deductible: 1500, coinsurance: 20, 'oop-max': 6000 } };
export const OutOfPocketMaximumReached: Story = { args: { coverage: 'in-network', deductible: 1500, coinsurance: 20, 'oop-max': 2500 } };
export const Copay: Story = { args: { coverage: 'in-network', design: 'copay', copay: 40 } };
export const OutOfNetwork: Story = { args: { coverage: 'out-of-network', deductible: 3000, coinsurance: 40, 'billed-rate': 450 } };
export const NoBenefits: Story = { args: { coverage: 'no-benefits', 'billed-rate': 350 } };
export const PartialHospitalization: Story = { args: { level: 'php' } };
export const TwentyFourHourCare: Story = { args: { level: 'residential' } };
export const BadInput: Story = { args: { weeks: 60, coinsurance: 0.2, coverage: 'in-network', debug: true } };
/** The visitor's share in the brand colour, the plan's share in a colour of its own. */
export const BrandColours: Story = {
  args: { coverage: 'in-network', deductible: 1500, coinsurance: 20, '--carepath-color-accent': '#7a2e8e', '--carepath-cost-plan-color': '#4a5568' },
};
