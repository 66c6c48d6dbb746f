#pragma once

#include "storage/invocations.h"
#include "storage/store.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Quorum {

// A reviewer's verdict on one item (docs/METRICS.md, "People and the jury"): Pass or Fail, a
// reason, optionally the six dimension scores; Save stores it as an override (the jury's own
// verdict is kept), Withdraw lets the jury's count again. Checked by Review::makeOverride, so the
// refusal a person reads is the CLI's; stored off the GUI thread.
class VerdictBar final : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictBar(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<const Store> store);
    // The item to review, as read with its jury columns (InvocationRow's juryOwn…); none clears.
    void setItem(qint64 runId, const std::optional<InvocationRow> &item);
    // Picks a verdict and puts the cursor in the reason: the P and F keys.
    void choose(bool passed);
    void focusReason();
    void save();            // stores the chosen verdict (saved() or refused() says how it went)
    void withdraw();        // stores a withdrawal of the item's override

    QLineEdit *reason() const { return m_reason; }
    QLabel *state() const { return m_state; }
    std::optional<bool> chosen() const { return m_chosen; }

Q_SIGNALS:
    // Stored: `passed` is the verdict that counts now from a person, unset after a withdrawal.
    void saved(qint64 invocationId, std::optional<bool> passed);
    void refused(const QString &why);

private:
    void store(const OverrideRecord &record);
    void showChoice();
    std::shared_ptr<const Store> m_store;
    qint64 m_runId = -1;
    std::optional<InvocationRow> m_item;
    std::optional<bool> m_chosen;
    bool m_saving = false;
    QPushButton *m_pass, *m_fail, *m_save, *m_withdraw;
    QLineEdit *m_reason;
    QCheckBox *m_scored;
    QWidget *m_scores;
    QList<QSpinBox *> m_dimensions;
    QLabel *m_state;
};

} // namespace Quorum
