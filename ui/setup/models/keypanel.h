#pragma once

#include "config/profileimporter.h"
#include "keyaccess.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Quorum {

class PlanDocument;

// The key of one model or judge: where it comes from (keychain, environment variable, AWS
// profile, or missing), Set Key… (into the OS keychain, or what to set where there is none) and
// Test Connection (the access check for that one variant, its answer shown in place).
class KeyPanel final : public QWidget
{
    Q_OBJECT

public:
    KeyPanel(PlanDocument *document, ProfileKind kind, QWidget *parent = nullptr);

    void setKeyAccess(const KeyAccess &access);
    // The variant the panel is about: its row, and its provider and key variable as typed.
    void setTarget(int row, Provider provider, const QString &apiKeyEnv);

private:
    void showStatus();
    void testConnection();
    void setKey();

    PlanDocument *m_document;
    ProfileKind m_kind;
    KeyAccess m_keys;
    int m_row = -1;
    Provider m_provider = Provider::Simulator;
    QString m_keyEnv;
    QLabel *m_keyStatus;
    QPushButton *m_setKey;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace Quorum
