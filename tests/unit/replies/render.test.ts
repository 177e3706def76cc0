import { describe, expect, it } from 'vitest';
import { fillTemplate, findPlaceholders, renderTemplate } from '@/lib/replies/render';

describe('renderTemplate', () => {
  it('fills every variable the template uses', () => {
    const body = 'Hi {{buyerFirstName}}, order {{orderId}} left with {{carrier}} ({{trackingNumber}}). {{signature}}';
    const result = renderTemplate(body, {
      buyerFirstName: 'Ivan',
      orderId: '8190012345678901',
      carrier: 'Cainiao',
      trackingNumber: 'LP001',
      signature: 'Anna, Sunny Store',
    });
    expect(result.text).toBe('Hi Ivan, order 8190012345678901 left with Cainiao (LP001). Anna, Sunny Store');
    expect(result.missing).toEqual([]);
    expect(result.segments.filter((segment) => segment.kind === 'var')).toHaveLength(5);
  });

  it('leaves missing variables visible as placeholders and lists each once', () => {
    const result = renderTemplate('Hi {{buyerFirstName}}, {{orderId}} / {{orderId}}', { buyerFirstName: 'Ana' });
    expect(result.text).toBe('Hi Ana, {{orderId}} / {{orderId}}');
    expect(result.missing).toEqual(['orderId']);
    expect(result.segments).toContainEqual({ kind: 'var', name: 'orderId', value: null });
  });

  it('treats empty and blank values as missing rather than leaving a gap', () => {
    const result = renderTemplate('Hi {{buyerFirstName}}!', { buyerFirstName: '   ' });
    expect(result.missing).toEqual(['buyerFirstName']);
    expect(result.text).toBe('Hi {{buyerFirstName}}!');
  });

  it('inserts hostile values as plain text without expanding or interpreting them', () => {
    const result = renderTemplate('Hello {{buyerFirstName}}, order {{orderId}}', {
      buyerFirstName: '{{orderId}} <script>alert(1)</script>',
      orderId: '123456',
    });
    expect(result.text).toBe('Hello {{orderId}} <script>alert(1)</script>, order 123456');
    expect(result.segments[1]).toEqual({ kind: 'var', name: 'buyerFirstName', value: '{{orderId}} <script>alert(1)</script>' });
  });

  it('reports unknown placeholders separately and does not fill them', () => {
    const result = renderTemplate('Order {{orderNumber}} for {{ buyerFirstName }}', { buyerFirstName: 'Ana' });
    expect(result.unknown).toEqual(['orderNumber']);
    expect(result.text).toBe('Order {{orderNumber}} for Ana');
  });

  it('keeps text with stray braces intact', () => {
    const body = 'Smile :-} {{ and {also} }} then {{{orderId}}}';
    expect(findPlaceholders(body).map((placeholder) => placeholder.name)).toEqual(['orderId']);
    expect(renderTemplate(body, { orderId: '42' }).text).toBe('Smile :-} {{ and {also} }} then {42}');
  });
});

describe('fillTemplate', () => {
  it('returns the finished text when everything is known', () => {
    expect(fillTemplate('Thanks {{buyerFirstName}}', { buyerFirstName: 'Maria' })).toEqual({ ok: true, text: 'Thanks Maria' });
  });

  it('refuses to produce text while a variable is missing', () => {
    const result = fillTemplate('Tracking: {{trackingNumber}} {{trackingUrl}}', { trackingNumber: 'LP1', trackingUrl: null });
    expect(result).toEqual({ ok: false, missing: ['trackingUrl'], unknown: [] });
  });

  it('refuses a template with an unknown placeholder', () => {
    const result = fillTemplate('Order {{orderNo}}', { orderId: '1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unknown).toEqual(['orderNo']);
  });

  it('fills a template without placeholders as is', () => {
    expect(fillTemplate('Thank you!', {})).toEqual({ ok: true, text: 'Thank you!' });
  });
});
