#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Quorum {

class PlanDocument;

// The pass rule, its threshold, the dispute threshold and the extra jury dimensions: on the Jury
// page and among the run settings (two views of the same settings).
class JuryRulesForm final : public QWidget
{
    Q_OBJECT

public:
    explicit JuryRulesForm(PlanDocument *document, QWidget *parent = nullptr);

private:
    void load();
    void commit(const QString &field);

    PlanDocument *m_document;
    bool m_loading = false;
    QComboBox *m_rule;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_dispute;
    QLineEdit *m_dimensions;
};

// Every knob of a run beside a live estimate of what it will call, cost and take.
class RunSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit RunSettingsForm(PlanDocument *document, QWidget *parent = nullptr);

    // The estimate's text as shown (tests read it).
    QString estimateText() const;

private:
    void load();
    void commit(const QString &field);
    void showEstimate();

    PlanDocument *m_document;
    bool m_loading = false;
    QSpinBox *m_parallel;
    QSpinBox *m_invocations;
    QSpinBox *m_experiments;
    QSpinBox *m_wait;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_variations;
    QLabel *m_temperatures;
    QSpinBox *m_maxTokens;
    QCheckBox *m_streaming;
    QCheckBox *m_vision;
    QCheckBox *m_latencyOnly;
    QComboBox *m_optimization;
    QDoubleSpinBox *m_budget;
    QListWidget *m_scorers;
    QLabel *m_estimate;
};

} // namespace Quorum
