#pragma once

#include "domain/diagnostics.h"
#include "setup/models/keyaccess.h"

#include <QWidget>

class QTableWidget;

namespace Quorum {

class PlanDocument;
class ProfilesPage;
class TemplateEditor;

// The jury: its judges (the same table and form as the models), the pass rule and thresholds,
// extra dimensions, weighted criteria (a judge-questions file, imported and exported) and the
// judge prompt template.
class JuryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JuryPage(PlanDocument *document, QWidget *parent = nullptr);

    ProfilesPage *judges() const { return m_judges; }
    TemplateEditor *templateEditor() const { return m_template; }
    void setKeyAccess(const KeyAccess &access);
    void importCriteria(const QString &path);
    void exportCriteria(const QString &path);

Q_SIGNALS:
    void problemsFound(const QString &what, const Diagnostics &diagnostics);
    void status(const QString &message);

private:
    void showCriteria();

    PlanDocument *m_document;
    ProfilesPage *m_judges;
    TemplateEditor *m_template;
    QTableWidget *m_criteria;
};

} // namespace Quorum
