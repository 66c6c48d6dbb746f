#pragma once

#include <QFrame>

class QPushButton;

namespace Quorum {

// The first start's welcome: a band above the tabs (not a dialog) with the ways in — the demo, a
// new plan, a plan or a store of one's own — and where keys come from. Once dismissed it stays
// away (QSettings "welcome/dismissed"); File › Welcome brings it back.
class WelcomePanel : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    // Whether it should show at start: not dismissed before.
    static bool wanted();

Q_SIGNALS:
    void demoRequested();
    void newPlanRequested();
    void openPlanRequested();
    void openStoreRequested();

private:
    QPushButton *button(const QString &text, const char *name, void (WelcomePanel::*signal)());
};

} // namespace Quorum
