import { useContext, useReducer, useState } from 'react';
import type { TextMap } from '~/text/translate';
import { ClearControl } from './shell/ClearControl';
import { HydratedContext } from './shell/live';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import { clearEverything, savedByMark, setSavingOff } from './stores/device';
import { savingOff } from './stores/saved';
import { storageBlocked } from './stores/storageState';

interface Props {
  /** Mark id → its name and its files page, for the list of what is saved. */
  marks: Record<string, { name: string; filesHref: string }>;
  text: TextMap;
}

/** What this site keeps on this device, a control to clear all of it, and the shared-computer setting. */
export default function DeviceData({ marks, text }: Props) {
  return (
    <ToolShell className="device-data" text={text} saved={[]} prints="none">
      <Device marks={marks} />
    </ToolShell>
  );
}

const size = (chars: number) => (chars < 1024 ? `${chars} B` : `${(chars / 1024).toFixed(1)} KB`);

function Device({ marks }: Pick<Props, 'marks'>) {
  const t = useText();
  // Read once hydrated: the server knows nothing of this device. `refresh` reads it again after a change.
  const hydrated = useContext(HydratedContext);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const [offChosen, setOff] = useState<boolean | undefined>(undefined);
  const [confirmingOff, setConfirmingOff] = useState(false);
  // Where the browser blocks storage, nothing is saved and nothing can be read: the page says so (the notice above) and offers nothing to clear.
  if (hydrated && storageBlocked)
    return (
      <p data-testid="device-blocked" className="notice">
        {t('device.blocked')}
      </p>
    );
  const saved = hydrated ? savedByMark() : undefined;
  const off = hydrated ? (offChosen ?? savingOff) : undefined;

  return (
    <>
      <section aria-labelledby="device-saved">
        <h2 id="device-saved">{t('device.marksHeading')}</h2>
        {saved && Object.keys(saved).length === 0 && <p data-testid="device-none">{t('device.none')}</p>}
        {saved && Object.keys(saved).length > 0 && (
          <ul data-testid="device-saved">
            {Object.entries(saved).map(([markId, chars]) => (
              <li key={markId}>
                {marks[markId] ? <a href={marks[markId].filesHref}>{marks[markId].name}</a> : markId}: {size(chars)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ClearControl
        id="everything"
        label={t('device.clear')}
        what={t('device.clearWhat')}
        onClear={() => {
          clearEverything();
          refresh();
        }}
      />
      <section aria-labelledby="device-setting">
        <h2 id="device-setting">{t('device.settingHeading')}</h2>
        <p>{t('device.settingLede')}</p>
        {off !== undefined && <p data-testid="device-saving">{t(off ? 'device.savingOff' : 'device.savingOn')}</p>}
        {off === false && !confirmingOff && (
          <p className="actions">
            <button type="button" className="button--secondary" onClick={() => setConfirmingOff(true)}>
              {t('device.saveOff')}
            </button>
          </p>
        )}
        {confirmingOff && (
          <div className="notice notice--warning">
            <p>{t('device.saveOffWarning')}</p>
            <ul className="actions">
              <li>
                <button
                  type="button"
                  className="button--warning"
                  onClick={() => {
                    setSavingOff(true);
                    setOff(true);
                    setConfirmingOff(false);
                  }}
                >
                  {t('device.saveOffConfirm')}
                </button>
              </li>
              <li>
                <button type="button" className="button--secondary" onClick={() => setConfirmingOff(false)}>
                  {t('device.cancel')}
                </button>
              </li>
            </ul>
          </div>
        )}
        {off === true && (
          <p className="actions">
            <button
              type="button"
              className="button--secondary"
              onClick={() => {
                setSavingOff(false);
                setOff(false);
              }}
            >
              {t('device.saveOn')}
            </button>
          </p>
        )}
      </section>
    </>
  );
}
