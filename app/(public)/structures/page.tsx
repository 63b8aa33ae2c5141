import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedStructures } from '@/db/queries/published';
import type { Structure, StructureKind } from '@/db/schema';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'Structures and institutions',
  description: 'The Chairpersonship, the Secretariat, the institutions, the field operations and the other bodies.',
  path: '/structures',
});

const sections: { id: string; title: string; kinds: StructureKind[] }[] = [
  { id: 'leadership-and-secretariat', title: 'Chairpersonship and Secretariat', kinds: ['chairpersonship', 'secretariat'] },
  { id: 'institutions', title: 'Institutions', kinds: ['institution'] },
  { id: 'field-operations', title: 'Field operations', kinds: ['field_operation'] },
  { id: 'closed-field-activities', title: 'Closed field activities', kinds: ['closed_field_activity'] },
  { id: 'other-bodies', title: 'Parliamentary Assembly and Court', kinds: ['parliamentary_body', 'court'] },
];

function Tree({ nodes, all }: { nodes: Structure[]; all: Structure[] }) {
  return (
    <ul className="mt-2 space-y-1 border-l-2 border-line pl-4">
      {nodes.map((node) => {
        const children = all.filter((s) => s.parentId === node.id);
        return (
          <li key={node.slug}>
            <Link href={`/structures/${node.slug}`}>{node.name}</Link>
            {children.length ? <Tree nodes={children} all={all} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export default async function StructuresPage() {
  const structures = await cachedStructures();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Structures and institutions' }]} />
      <PageHeading title="Structures and institutions" lead="How the Organization is built, from its Secretariat to its field operations." />
      <div className="container-page grid gap-10 md:grid-cols-2">
        {sections.map((section) => {
          const roots = structures.filter((s) => section.kinds.includes(s.kind) && s.parentId === null);
          return (
            <section key={section.id} aria-labelledby={section.id}>
              <h2 id={section.id} className="scroll-mt-4 text-2xl font-semibold text-brand-900">
                {section.title}
              </h2>
              <Tree nodes={roots} all={structures} />
            </section>
          );
        })}
      </div>
    </>
  );
}
