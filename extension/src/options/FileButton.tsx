/**
 * A button that opens the file picker and hands over the chosen file's text. The input
 * itself is hidden; the button is what the writer sees and what the keyboard reaches.
 */
import { Button } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';

export interface FileButtonProps {
  children: ReactNode;
  disabled?: boolean;
  action: string;
  onFile(text: string, name: string): void;
  onError(name: string, error: string): void;
}

export function FileButton({ children, disabled, action, onFile, onError }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-file-input={action}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // The same file may be chosen again after it was fixed.
          event.currentTarget.value = '';
          if (!file) return;
          file.text().then(
            (text) => onFile(text, file.name),
            (error: unknown) => onError(file.name, error instanceof Error ? error.message : String(error)),
          );
        }}
      />
      <Button disabled={disabled} data-action={action} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
