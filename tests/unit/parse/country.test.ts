import { describe, expect, it } from 'vitest';
import { toCountryCode } from '@/lib/pages/parse/country';
import { COUNTRY_ALIASES } from '@/lib/pages/parse/country-names.generated';

describe('toCountryCode', () => {
  it.each([
    // English
    ['Brazil', 'BR'], ['United States', 'US'], ['USA', 'US'], ['United States of America', 'US'], ['Russian Federation', 'RU'],
    ['Russia', 'RU'], ['Korea', 'KR'], ['South Korea', 'KR'], ['Republic of Korea', 'KR'], ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'], ['UK', 'GB'], ['Spain', 'ES'], ['France', 'FR'], ['Germany', 'DE'], ['Poland', 'PL'],
    ['Netherlands', 'NL'], ['Holland', 'NL'], ['Czech Republic', 'CZ'], ['Turkey', 'TR'], ['Israel', 'IL'], ['Chile', 'CL'],
    ['Mexico', 'MX'], ['Ukraine', 'UA'], ['Kazakhstan', 'KZ'], ['Saudi Arabia', 'SA'], ['UAE', 'AE'], ['Ivory Coast', 'CI'],
    ['Papua New Guinea', 'PG'], ['Guinea', 'GN'], ['Australia', 'AU'], ['New Zealand', 'NZ'], ['Japan', 'JP'],
    // 简体中文
    ['美国', 'US'], ['巴西', 'BR'], ['俄罗斯', 'RU'], ['韩国', 'KR'], ['西班牙', 'ES'], ['法国', 'FR'], ['德国', 'DE'],
    ['英国', 'GB'], ['波兰', 'PL'], ['以色列', 'IL'], ['智利', 'CL'], ['墨西哥', 'MX'], ['乌克兰', 'UA'], ['沙特阿拉伯', 'SA'],
    // Português
    ['Brasil', 'BR'], ['Estados Unidos', 'US'], ['Rússia', 'RU'], ['Espanha', 'ES'], ['Alemanha', 'DE'], ['França', 'FR'],
    ['Reino Unido', 'GB'], ['Coreia do Sul', 'KR'], ['Polônia', 'PL'], ['Países Baixos', 'NL'],
    // Español
    ['España', 'ES'], ['Rusia', 'RU'], ['Alemania', 'DE'], ['Francia', 'FR'], ['México', 'MX'], ['Corea del Sur', 'KR'],
    ['Polonia', 'PL'], ['Estados Unidos', 'US'], ['Chile', 'CL'], ['Perú', 'PE'],
    // Русский
    ['Россия', 'RU'], ['Российская Федерация', 'RU'], ['РФ', 'RU'], ['США', 'US'], ['Бразилия', 'BR'], ['Испания', 'ES'],
    ['Германия', 'DE'], ['Франция', 'FR'], ['Польша', 'PL'], ['Казахстан', 'KZ'], ['Беларусь', 'BY'], ['Великобритания', 'GB'],
    // Français
    ['Brésil', 'BR'], ['Allemagne', 'DE'], ['Espagne', 'ES'], ['États-Unis', 'US'], ['Royaume-Uni', 'GB'], ['Corée du Sud', 'KR'],
    // Deutsch
    ['Brasilien', 'BR'], ['Deutschland', 'DE'], ['Spanien', 'ES'], ['Vereinigte Staaten', 'US'], ['Großbritannien', 'GB'],
    ['Frankreich', 'FR'], ['Russland', 'RU'],
    // 한국어 (the browser's names and the seller center's own forms)
    ['미국', 'US'], ['브라질', 'BR'], ['터키', 'TR'], ['한국', 'KR'], ['이탈리아', 'IT'], ['Italien', 'IT'],
    // codes
    ['BR', 'BR'], ['br', 'BR'], ['US', 'US'], ['RU', 'RU'], ['FR', 'FR'], ['BRA', 'BR'], ['RUS', 'RU'], ['SRB', 'RS'],
    // tolerance: case, accents, surrounding text
    ['BRAZIL', 'BR'], ['  brasil  ', 'BR'], ['espana', 'ES'], ['Mexico\u00A0', 'MX'], ['Brazil (BR)', 'BR'],
    ['(BR) Brazil', 'BR'], ['Ship to: Россия', 'RU'], ['收货国家：巴西', 'BR'], ['Country: United States', 'US'],
    ['Spain / España', 'ES'], ['Buyer from Germany', 'DE'], ['Côte d’Ivoire', 'CI'],
  ])('%j -> %s', (text, code) => {
    expect(toCountryCode(text)).toBe(code);
  });

  it.each([
    [''], ['   '], ['hello world'], ['XX'], ['123'], ['<script>alert(1)</script>'], ['🇧🇷😀'], ['\u202Eمرحبا'],
    ['a'.repeat(500)], ['Business'], ['woman'],
  ])('%j -> null', (text) => {
    expect(toCountryCode(text)).toBeNull();
  });

  it('keeps every alias unique to one country, and each alias reads as its country', () => {
    const seen = new Map<string, string>();
    for (const entry of COUNTRY_ALIASES.split(';')) {
      const code = entry.slice(0, 2);
      for (const name of entry.slice(3).split('|')) {
        expect(seen.get(name) ?? code, name).toBe(code);
        seen.set(name, code);
        expect(toCountryCode(name), name).toBe(code);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
  });
});
