import { useId, useState } from 'react';
import {
  adviseDeclaration,
  describe,
  type AdviceItem,
  type DeclarationAdvice,
  type DeclarationError,
  type DeclarationRule,
  type RateTable,
} from '@/lib/declaration';
import type { OrderSnapshot } from '@/lib/model/snapshot';
import type { MessageKey, UiLanguage } from '@/lib/i18n';
import { useI18n } from '../i18n';
import { formatCountry } from '../format';
import { CopyButton } from '../ui/CopyButton';
import { CARRIER_SUGGESTIONS, moneyText, numberText, orderGoodsValue, parseDecimal, type ParsedNumber } from './inputs';

export interface DeclarationCardProps {
  /** The focused order, with the agent's hand corrections applied. */
  order: OrderSnapshot;
  rules: readonly DeclarationRule[];
  rates: RateTable;
  /** The weight remembered for this order's products; null when none, undefined while loading. */
  rememberedWeight?: number | null;
  /** False when the order lists no product to remember a weight by. */
  canRememberWeight?: boolean;
  onRememberWeight?: (weightKg: number) => void;
  /** Where the rule can be edited (the options page). */
  editRuleHref?: (ruleId: string) => string;
}

const LOCALE: Record<UiLanguage, string> = { en: 'en', zh_CN: 'zh-CN' };

/** "€5", "US$19.50": whole amounts without cents, so the figure reads like what is typed. */
export function formatDeclared(amount: number, currency: string, language: UiLanguage): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat(LOCALE[language], {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    }).format(amount);
  } catch {
    return `${amount.toFixed(fraction)} ${currency}`;
  }
}

/** The amount as it goes into the declaration form: a plain number. */
function plainAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

function asNumberInput(parsed: ParsedNumber): number | null {
  if (parsed.kind === 'empty') return null;
  // NaN makes the advisor refuse; the raw text is put back into its message below.
  return parsed.kind === 'number' ? parsed.value : Number.NaN;
}

/**
 * The customs declaration advice for one order: the value to declare (with a copy button),
 * its range and currency, warnings, the reasons, and the rule's source. Weight, carrier and
 * goods value come from the order and can be changed here; a weight typed for an order
 * whose page shows none is remembered for its products.
 */
export function DeclarationCard({
  order,
  rules,
  rates,
  rememberedWeight,
  canRememberWeight = false,
  onRememberWeight,
  editRuleHref,
}: DeclarationCardProps) {
  const { t, language } = useI18n();
  const ids = { weight: useId(), carrier: useId(), goods: useId(), currency: useId(), carriers: useId(), declare: useId() };
  // null: not touched, follow the order (and the remembered weight once it has loaded).
  const [weightText, setWeightText] = useState<string | null>(null);
  const [carrierText, setCarrierText] = useState<string | null>(null);
  const [goodsText, setGoodsText] = useState<string | null>(null);
  const [goodsCurrency, setGoodsCurrency] = useState<string | null>(null);

  const pageWeight = order.weightKg ?? null;
  const defaultWeight = pageWeight ?? rememberedWeight ?? null;
  const weightShown = weightText ?? (defaultWeight !== null ? numberText(defaultWeight) : '');
  const weight = parseDecimal(weightShown);
  const weightValue = weight.kind === 'number' ? weight.value : null;

  const carrierShown = carrierText ?? order.carrier ?? '';

  const orderGoods = orderGoodsValue(order);
  const pageGoodsText = orderGoods ? moneyText(orderGoods.value.amount) : '';
  const goodsShown = goodsText ?? pageGoodsText;
  const currencyShown = goodsCurrency ?? orderGoods?.value.currency ?? 'USD';
  const goods = parseDecimal(goodsShown);
  const goodsEdited =
    (goodsText !== null && goodsText !== pageGoodsText) ||
    (goodsCurrency !== null && goodsCurrency !== orderGoods?.value.currency);

  const goodsAmount = asNumberInput(goods);
  let result: DeclarationAdvice | DeclarationError = adviseDeclaration(
    {
      country: order.country,
      weightKg: asNumberInput(weight),
      goodsValue: goodsAmount === null ? null : { amount: goodsAmount, currency: currencyShown },
      carrier: carrierShown.trim() === '' ? null : carrierShown,
      itemTitles: order.items.map((item) => item.title),
    },
    rules,
    rates,
  );
  if (!result.ok) result = withTypedText(result, weight, goods);

  const rememberTyped = () => {
    if (weightText === null || weightValue === null || weightValue <= 0) return;
    if (!canRememberWeight || weightValue === pageWeight || weightValue === rememberedWeight) return;
    onRememberWeight?.(weightValue);
  };

  const weightNote: MessageKey =
    pageWeight !== null
      ? weightValue === pageWeight
        ? 'decl.weight.fromOrder'
        : 'decl.weight.changed'
      : weightValue !== null && weightValue === rememberedWeight
        ? 'decl.weight.remembered'
        : canRememberWeight
          ? 'decl.weight.enter'
          : 'decl.weight.notRemembered';
  const carrierNote: MessageKey | null =
    carrierText === null && order.carrier ? 'decl.carrier.fromOrder' : carrierShown.trim() === '' ? 'decl.carrier.none' : null;
  const goodsNote: MessageKey = goodsEdited
    ? 'decl.goods.edited'
    : orderGoods?.source === 'subtotal'
      ? 'decl.goods.subtotal'
      : orderGoods?.source === 'total'
        ? 'decl.goods.total'
        : 'decl.goods.none';
  const currencies = [...new Set([...Object.keys(rates.usdPer), currencyShown])].sort();
  const country = formatCountry(order.country, language);

  return (
    <section className="card decl-card" aria-label={t('decl.title')}>
      <div className="card-title-row">
        <h2 className="card-title">{t('decl.title')}</h2>
        {country ? <span className="chip">{country}</span> : null}
      </div>

      {result.ok ? (
        <div className="decl-result">
          <div className="decl-value-row">
            <div className="decl-value-block">
              <span className="decl-value-label" id={ids.declare}>
                {t('decl.declare')}
              </span>
              <output className="decl-value" aria-labelledby={ids.declare}>
                {formatDeclared(result.value, result.currency, language)}
              </output>
            </div>
            <CopyButton text={plainAmount(result.value)} label={t('decl.copyValue')} />
          </div>
          <p className="decl-range">
            {result.range[0] === result.range[1]
              ? t('decl.range.single', { value: formatDeclared(result.range[0], result.currency, language) })
              : t('decl.range', {
                  min: formatDeclared(result.range[0], result.currency, language),
                  max: formatDeclared(result.range[1], result.currency, language),
                })}
            <span className="chip decl-currency" title={t('decl.currency.title')}>
              {result.currency}
            </span>
          </p>
        </div>
      ) : (
        <div className="notice notice-error decl-error" role="alert">
          <strong>{t('decl.error.title')}</strong>
          <p>{describe(result.error, language)}</p>
          {result.error.code === 'no_country' ? <p className="small">{t('decl.error.countryHint')}</p> : null}
        </div>
      )}

      {result.ok && result.warnings.length > 0 ? (
        <ul className="decl-warnings" aria-label={t('decl.warnings')}>
          {result.warnings.map((warning, index) => (
            <li key={index} className={`notice notice-warning${warning.code === 'rule_changed' ? ' decl-rule-note' : ''}`}>
              {describe(warning, language)}
            </li>
          ))}
        </ul>
      ) : null}

      <form
        className="decl-inputs"
        aria-label={t('decl.inputs')}
        onSubmit={(event) => {
          event.preventDefault();
          rememberTyped();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={ids.weight}>
            {t('decl.weight')}
          </label>
          <input
            id={ids.weight}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={weightShown}
            aria-invalid={weight.kind === 'invalid' || (weightValue !== null && weightValue <= 0)}
            onChange={(event) => setWeightText(event.target.value)}
            onBlur={rememberTyped}
          />
          <p className="decl-input-note muted small">{t(weightNote, { weight: pageWeight !== null ? numberText(pageWeight) : '' })}</p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.carrier}>
            {t('decl.carrier')}
          </label>
          <input
            id={ids.carrier}
            className="input"
            list={ids.carriers}
            autoComplete="off"
            value={carrierShown}
            onChange={(event) => setCarrierText(event.target.value)}
          />
          <datalist id={ids.carriers}>
            {CARRIER_SUGGESTIONS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {carrierNote ? <p className="decl-input-note muted small">{t(carrierNote)}</p> : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.goods}>
            {t('decl.goods')}
          </label>
          <span className="decl-money-input">
            <input
              id={ids.goods}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              value={goodsShown}
              aria-invalid={goods.kind === 'invalid' || (goodsAmount !== null && goodsAmount <= 0)}
              onChange={(event) => setGoodsText(event.target.value)}
            />
            <select
              id={ids.currency}
              className="input decl-currency-select"
              aria-label={t('decl.goods.currency')}
              value={currencyShown}
              onChange={(event) => setGoodsCurrency(event.target.value)}
            >
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </span>
          <p className="decl-input-note muted small">{t(goodsNote)}</p>
        </div>
      </form>

      {result.ok ? (
        <>
          <details className="decl-reasons" open>
            <summary>{t('decl.reasons')}</summary>
            <ul>
              {result.reasons.map((reason, index) => (
                <li key={index}>{describe(reason, language)}</li>
              ))}
            </ul>
          </details>
          <div className="decl-source">
            <p className="muted small">
              {t('decl.source', { rule: ruleName(rules, result.ruleId, language), source: result.source, date: result.reviewedAt })}
            </p>
            {editRuleHref ? (
              <a className="small" href={editRuleHref(result.ruleId)} target="_blank" rel="noreferrer">
                {t('decl.editRule')}
              </a>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function ruleName(rules: readonly DeclarationRule[], ruleId: string, language: UiLanguage): string {
  const rule = rules.find((candidate) => candidate.id === ruleId);
  if (!rule) return ruleId;
  return language === 'zh_CN' ? (rule.name.zh_CN ?? rule.name.en) : rule.name.en;
}

/** The advisor saw NaN for text that is not a number; show the agent what they typed instead. */
function withTypedText(result: DeclarationError, weight: ParsedNumber, goods: ParsedNumber): DeclarationError {
  const error: AdviceItem = result.error;
  if (error.code === 'bad_weight' && weight.kind === 'invalid') {
    return { ok: false, error: { code: 'bad_weight', params: { weight: weight.text } } };
  }
  if (error.code === 'bad_goods_value' && goods.kind === 'invalid') {
    return { ok: false, error: { code: 'bad_goods_value', params: { amount: goods.text } } };
  }
  return result;
}
