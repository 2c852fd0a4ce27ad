// The column-mapping step: when no header is recognised as the prospect name, the person says
// what each column holds (with a few values from the file to tell them apart).
import { useId, useState } from 'preact/hooks';
import { MAPPABLE_ROLES, type ColumnMapping, type MappableRole } from '../../utils/model/import-rows';
import { t, type MessageKey } from '../i18n';

const ROLE_LABEL: Record<MappableRole, MessageKey> = {
  name: 'options_importRoleName',
  aliases: 'options_importRoleAliases',
  contacts: 'options_importRoleContacts',
  emails: 'options_importRoleEmails',
  domains: 'options_importRoleDomains',
  status: 'options_importRoleStatus',
  note: 'options_importRoleNote',
};

interface Props {
  fileName: string;
  headerLine: number;
  headers: string[];
  samples: string[][];
  onChoose: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}

export function ImportColumnMapping({ fileName, headerLine, headers, samples, onChoose, onCancel }: Props) {
  const id = useId();
  const [roles, setRoles] = useState<(MappableRole | null)[]>(() => headers.map(() => null));
  const [problem, setProblem] = useState('');

  function choose(column: number, value: string) {
    setRoles(roles.map((role, index) => (index === column ? ((value || null) as MappableRole | null) : role)));
    setProblem('');
  }

  function submit(event: Event) {
    event.preventDefault();
    if (!roles.includes('name')) {
      setProblem(t('options_importMappingNeedsName'));
      return;
    }
    onChoose({ headerLine, roles });
  }

  return (
    <form class="import-mapping" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('options_importMappingTitle')}</h3>
      <p class="hint">{t('options_importMappingHint', fileName)}</p>
      {headers.map((header, column) => {
        const examples = samples
          .map((row) => row[column]?.trim() ?? '')
          .filter(Boolean)
          .slice(0, 3);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for this file and may share a header.
          <div class="field" key={column}>
            <label for={`${id}-column-${column}`}>{t('options_importMappingColumn', header || String(column + 1))}</label>
            <select id={`${id}-column-${column}`} value={roles[column] ?? ''} onChange={(e) => choose(column, e.currentTarget.value)}>
              <option value="">{t('options_importRoleNone')}</option>
              {MAPPABLE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(ROLE_LABEL[role])}
                </option>
              ))}
            </select>
            {examples.length > 0 && <span class="hint">{t('options_importMappingExample', examples.join(', '))}</span>}
          </div>
        );
      })}
      <p role="alert" class="error">
        {problem}
      </p>
      <div class="actions">
        <button type="submit" class="primary">
          {t('options_importMappingApply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
