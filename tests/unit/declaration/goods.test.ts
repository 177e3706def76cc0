import { describe, expect, it } from 'vitest';
import { findDetainedGoods } from '@/lib/declaration/goods';
import { DEFAULT_RULES } from '@/lib/declaration/rules';

const australia = DEFAULT_RULES.find((rule) => rule.id === 'au');
if (!australia) throw new Error('no Australia rule');
const lists = australia.detainedGoods;

describe('findDetainedGoods (Australia)', () => {
  it.each([
    ['Handmade wooden comb', 'wood', 'wooden'],
    ['Wood hair pin', 'wood', 'wood'],
    ['Bamboo toothbrush set', 'wood', 'bamboo'],
    ['木质梳子 檀香', 'wood', '木'],
    ['Деревянная расческа', 'wood', 'деревянная'],
    ['Pente de madeira natural', 'wood', 'madeira'],
    ['Peine de madera', 'wood', 'madera'],
    ['Peigne en bois', 'wood', 'bois'],
    ['Hölzerner Kamm', 'wood', 'holzerner'],
    ['Holzkamm', 'wood', 'holzkamm'],
    ['Feather earrings', 'feather', 'feather'],
    ['羽毛耳环', 'feather', '羽毛'],
    ['Серьги с перьями', 'feather', 'перьями'],
    ['Brincos de pena', 'feather', 'pena'],
    ['Aretes de plumas', 'feather', 'plumas'],
    ["Boucles d'oreilles plume", 'feather', 'plume'],
    ['Federohrringe boho', 'feather', 'federohrringe'],
  ])('%s → %s (%s)', (title, category, word) => {
    expect(findDetainedGoods([title], lists)).toEqual([{ category, word, item: title }]);
  });

  it.each(['Stainless steel comb', 'Penal code handbook', 'Boisson glass bottle', 'Hollywood poster', 'Phone case'])(
    'leaves %s alone',
    (title) => {
      expect(findDetainedGoods([title], lists)).toEqual([]);
    },
  );

  it('reports each kind of goods once, from whichever item has it', () => {
    const matches = findDetainedGoods(['Phone case', 'Wooden box', 'Wooden spoon', 'Feather pen'], lists);
    expect(matches).toEqual([
      { category: 'wood', word: 'wooden', item: 'Wooden box' },
      { category: 'feather', word: 'feather', item: 'Feather pen' },
    ]);
  });
});
