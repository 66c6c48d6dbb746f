#include "keypanel.h"

#include "engine/accesscheck.h"
#include "setup/plandocument.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

KeyPanel::KeyPanel(PlanDocument *document, ProfileKind kind, QWidget *parent)
    : QWidget(parent), m_document(document), m_kind(kind), m_keyStatus(new QLabel(this)),
      m_setKey(new QPushButton(tr("Set &Key…"), this)), m_test(new QPushButton(tr("&Test Connection"), this)),
      m_testResult(new QLabel(this))
{
    for (QLabel *note : {m_keyStatus, m_testResult}) {
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
    }
    m_testResult->setObjectName(u"testResult"_qs);
    m_keyStatus->setObjectName(u"keyStatus"_qs);
    m_test->setObjectName(u"testConnection"_qs);
    m_setKey->setObjectName(u"setKey"_qs);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setKey);
    buttons->addWidget(m_test);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keyStatus);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);
    connect(m_test, &QPushButton::clicked, this, &KeyPanel::testConnection);
    connect(m_setKey, &QPushButton::clicked, this, &KeyPanel::setKey);
}

void KeyPanel::setKeyAccess(const KeyAccess &access)
{
    m_keys = access;
    showStatus();
}

void KeyPanel::setTarget(int row, Provider provider, const QString &apiKeyEnv)
{
    if (row != m_row)
        m_testResult->clear();
    m_row = row;
    m_provider = provider;
    m_keyEnv = apiKeyEnv;
    setEnabled(row >= 0);
    showStatus();
}

void KeyPanel::showStatus()
{
    if (m_row < 0) {
        m_keyStatus->clear();
        return;
    }
    ModelVariant v;
    v.provider = m_provider;
    v.apiKeyEnv = m_keyEnv;
    const CredentialSource source = credentialSource(v, m_keys.environment, m_keys.lookup);
    const QStringList variables = keyVariables(v.provider);
    QString text;
    switch (source.kind) {
    case CredentialSource::Kind::Keychain: text = tr("From the keychain (%1).").arg(source.detail); break;
    case CredentialSource::Kind::Environment: text = tr("From the environment variable %1.").arg(source.detail); break;
    case CredentialSource::Kind::AwsProfile: text = tr("From the AWS profile \"%1\".").arg(source.detail); break;
    case CredentialSource::Kind::NotNeeded: text = tr("No key needed."); break;
    case CredentialSource::Kind::Locked:
        text = tr("Locked: %1.").arg(source.problem);
        break;
    case CredentialSource::Kind::Missing:
        text = v.provider == Provider::Bedrock
                   ? tr("Missing: set a Bedrock API key, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an AWS profile.")
                   : tr("Missing: set a key, or the environment variable %1.").arg(v.apiKeyEnv.isEmpty() ? variables.value(0) : v.apiKeyEnv);
        if (!source.problem.isEmpty())
            text += u' ' + tr("(The keychain: %1.)").arg(source.problem);
        break;
    }
    m_keyStatus->setText(text);
    m_setKey->setEnabled(m_row >= 0 && !keychainAccount(v.provider).isEmpty());
}

void KeyPanel::testConnection()
{
    if (m_row < 0)
        return;
    Diagnostics problems;
    const auto variant = PlanDocument::readDraft(m_document->drafts(m_kind).at(m_row), m_kind, m_row, problems);
    if (!variant) {
        m_testResult->setText(tr("Fix the fields above first."));
        return;
    }
    RunPlan plan;
    (m_kind == ProfileKind::Model ? plan.models : plan.judges).append(*variant);
    m_testResult->setText(tr("Calling %1…").arg(variant->label()));
    m_test->setEnabled(false);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const int row = m_row;
    QPointer<KeyPanel> self(this);
    QCoro::connect(checkAccess(plan, m_keys.environment, m_keys.lookup), this, [self, row, timer, label = variant->label()](const QList<AccessProblem> &problems) {
        if (!self)
            return;
        self->m_test->setEnabled(true);
        if (self->m_row != row)
            return;
        if (problems.isEmpty())
            self->m_testResult->setText(tr("Connected: %1 answered in %2 ms.").arg(label).arg(timer->elapsed()));
        else
            self->m_testResult->setText(tr("Failed (%1): %2").arg(errorClassName(problems.first().errorClass), problems.first().message));
    });
}

void KeyPanel::setKey()
{
    const Provider provider = m_provider;
    const QString account = keychainAccount(provider);
    if (!m_keys.hasKeychain()) {
        const QString variable = m_keyEnv.isEmpty() ? keyVariables(provider).value(0) : m_keyEnv;
        auto *box = new QMessageBox(QMessageBox::Information, tr("No keychain"),
                                    tr("No keychain is available on this machine, so Quorum cannot store the %1 key. "
                                       "Set the environment variable %2 before starting Quorum.").arg(providerPrefix(provider), variable),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"noKeychain"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"setKeyDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set the %1 key").arg(providerPrefix(provider)));
    dialog->setLabelText(tr("The %1 API key, kept in the OS keychain (never in the plan, the database or a report). "
                            "Leave it empty to delete the stored key.").arg(providerPrefix(provider)));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, account](const QString &secret) {
        const QString error = m_keys.store(account, secret.trimmed());
        m_testResult->setText(error.isEmpty() ? (secret.trimmed().isEmpty() ? tr("Key deleted.") : tr("Key stored in the keychain."))
                                              : tr("Could not store the key: %1").arg(error));
        showStatus();
    });
    dialog->open();
}

} // namespace Quorum
