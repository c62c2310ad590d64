import { PageHeader } from '../components/section.tsx';
import { href } from '../router.ts';

export function NotFoundPage() {
  return (
    <div className="page">
      <PageHeader kicker="404" title="Halaman tidak ada" />
      <p>
        Alamat ini tidak dikenal. <a href={href()}>Kembali ke ringkasan</a>.
      </p>
    </div>
  );
}
