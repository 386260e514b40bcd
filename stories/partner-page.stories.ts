import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Compositions/Partner page' };
export default meta;

/** All four widgets in one group, as on a center's page: finish the quiz and the other three follow it. */
export const AllFourLinked: StoryObj = {
  render: (_args, { globals }) => html`
    <carepath-quiz theme=${globals.theme} group="story-partner" cta-href="/contact"></carepath-quiz>
    <carepath-levels theme=${globals.theme} group="story-partner" levels="php iop outpatient"></carepath-levels>
    <carepath-cost theme=${globals.theme} group="story-partner" coverage="in-network" deductible="1500" coinsurance="20" oop-max="4000"></carepath-cost>
    <carepath-schedule theme=${globals.theme} group="story-partner" tracks="morning=09:00 evening=17:30"></carepath-schedule>
  `,
};
