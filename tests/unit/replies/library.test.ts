import { describe, expect, it } from 'vitest';
import { BUILT_IN_LIBRARY } from '@/lib/replies/library';
import { findPlaceholders, renderTemplate } from '@/lib/replies/render';
import {
  CORE_LANGUAGES,
  DE_PL_SCENARIOS,
  REPLY_LANGUAGES,
  SCENARIO_IDS,
  TEMPLATE_VARIABLES,
  isTemplateVariable,
  requiredLanguages,
  type TemplateVariable,
} from '@/lib/replies/scenarios';
import { BUILT_IN_TEMPLATES, Template, builtInId } from '@/lib/replies/template';

describe('built-in library', () => {
  it('has every scenario in every core language, and the shipping/customs ones in German and Polish', () => {
    const absent: string[] = [];
    for (const scenario of SCENARIO_IDS) {
      for (const language of requiredLanguages(scenario)) {
        if (!BUILT_IN_LIBRARY[language][scenario]?.trim()) absent.push(`${scenario}:${language}`);
      }
    }
    expect(absent).toEqual([]);
    expect(requiredLanguages('ship.notice')).toEqual([...CORE_LANGUAGES, 'de', 'pl']);
    expect(DE_PL_SCENARIOS.every((scenario) => BUILT_IN_LIBRARY.de[scenario] && BUILT_IN_LIBRARY.pl[scenario])).toBe(true);
  });

  it('uses only known template variables', () => {
    const unknown: string[] = [];
    for (const language of REPLY_LANGUAGES) {
      for (const [scenario, body] of Object.entries(BUILT_IN_LIBRARY[language])) {
        for (const { name } of findPlaceholders(body ?? '')) {
          if (!isTemplateVariable(name)) unknown.push(`${scenario}:${language} {{${name}}}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('only has scenario ids from the list', () => {
    const known = new Set<string>(SCENARIO_IDS);
    const stray = REPLY_LANGUAGES.flatMap((language) =>
      Object.keys(BUILT_IN_LIBRARY[language]).filter((scenario) => !known.has(scenario)).map((scenario) => `${language}:${scenario}`),
    );
    expect(stray).toEqual([]);
  });

  it('turns into valid templates that render completely when every variable is known', () => {
    const everything = Object.fromEntries(TEMPLATE_VARIABLES.map((name) => [name, `<${name}>`])) as Record<TemplateVariable, string>;
    for (const template of BUILT_IN_TEMPLATES) {
      expect(Template.safeParse(template).success).toBe(true);
      expect(template.id).toBe(builtInId(template.scenario, template.language));
      const rendered = renderTemplate(template.body, everything);
      expect(rendered.missing).toEqual([]);
      expect(rendered.text).not.toContain('{{');
    }
  });
});
