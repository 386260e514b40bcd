/** A minimal widget on the shared base, for testing the base itself. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { CARE_LEVEL_IDS, type CareLevelId } from '../../src/core/levels.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement, type CommonConfig } from '../../src/internal/carepath-element.js';
import type { ChannelMessage } from '../../src/internal/channel.js';
import { define } from '../../src/internal/define.js';
import { SAFE_URL_MESSAGE, isSafeUrl } from '../../src/internal/safe-url.js';

interface TestConfig extends CommonConfig {
  readonly levels: readonly CareLevelId[];
  readonly dailyRate: number;
  readonly tracks?: Readonly<Record<string, string>>;
  readonly ctaHref?: string;
  readonly heading?: string;
}

export class TestWidget extends CarepathElement<TestConfig> {
  static override widget = 'test';
  static override configShape = {
    ...COMMON_SHAPE,
    levels: z._default(z.array(z.enum(CARE_LEVEL_IDS)).check(z.minLength(1)), ['php', 'iop']),
    dailyRate: z._default(z.number().check(z.minimum(0)), 300),
    tracks: z.optional(z.record(z.string(), z.string().check(z.regex(/^\d\d:\d\d$/)))),
    ctaHref: z.optional(z.string().check(z.refine(isSafeUrl, SAFE_URL_MESSAGE))),
    heading: z.optional(z.string().check(z.minLength(1))),
  };
  static override configFields = {
    ...COMMON_FIELDS,
    levels: { attribute: 'levels', kind: 'list' },
    dailyRate: { attribute: 'daily-rate', kind: 'number' },
    tracks: { attribute: 'tracks', kind: 'pairs' },
    ctaHref: { attribute: 'cta-href', kind: 'string' },
    heading: { attribute: 'heading', kind: 'string' },
  } as const;

  @property({ type: Array }) levels?: CareLevelId[];
  @property({ attribute: 'daily-rate', type: Number }) dailyRate?: number;
  @property({ type: Object }) tracks?: Record<string, string>;
  @property({ attribute: 'cta-href' }) ctaHref?: string;
  @property() heading?: string;

  messages: ChannelMessage[] = [];
  failWith: unknown;

  get resolved(): TestConfig {
    return this.config;
  }

  protected override onChannelMessage(message: ChannelMessage): void {
    this.messages.push(message);
  }

  protected override renderWidget() {
    if (this.failWith) throw this.failWith;
    return html`<p class="content">${this.config.heading ?? 'Levels'}: ${this.config.levels.join(' ')} at ${this.config.dailyRate}</p>
      ${this.config.ctaHref ? html`<a href=${this.config.ctaHref}>Call</a>` : ''}`;
  }
}

define('carepath-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'carepath-test-widget': TestWidget;
  }
}
