import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 2: the right relied on. Patent numbers are checked while typing (check character,
// type digit against the chosen type); a number that does not check cannot be saved.
ScrollView {
    id: step

    required property IntakeWizard wizard
    readonly property var recorded: wizard.recorded  // var: qmllint 6.4 cannot look into a QVariantMap
    readonly property var r: recorded.right || ({})
    readonly property var check: step.wizard.checkRightNumber(type.value, number.text)
    contentWidth: availableWidth

    ColumnLayout {
        width: step.availableWidth
        spacing: Theme.gap

        ChoiceRow {
            id: type
            label: qsTr("Type of right")
            value: step.r.right_type || "design"
            options: Labels.options(["design", "invention", "utility_model", "trademark", "copyright", "geographical_indication"],
                                   Labels.rightType)
        }
        FormField {
            id: number
            objectName: "rightNumber"
            label: qsTr("Number (patent: e.g. ZL 2017 1 0601862.3)")
            text: step.r.number || ""
            hint: number.text.length > 0 ? step.check.message : ""
            hintColor: step.check.ok ? Theme.ok : Theme.danger
        }
        RowLayout {
            spacing: Theme.gap * 2
            FormField { id: title; label: qsTr("Title of the right"); text: step.r.title || "" }
            FormField { id: report; label: qsTr("Patent evaluation report number"); text: step.r.evaluation_report || "" }
        }
        ChoiceRow {
            id: licence
            label: qsTr("Complainant holds the right as")
            value: step.r.licence_type || "owner"
            options: [{key: "owner", label: qsTr("Owner")}, {key: "exclusive", label: qsTr("Exclusive licensee")},
                      {key: "sole", label: qsTr("Sole licensee")}, {key: "ordinary", label: qsTr("Ordinary licensee")}]
        }
        Button {
            objectName: "saveRight"
            text: qsTr("Save and continue")
            highlighted: true
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            enabled: step.check.ok
            implicitHeight: Theme.touch
            Layout.alignment: Qt.AlignRight
            onClicked: step.wizard.recordRight({rightType: type.value, number: number.text, title: title.text,
                                                evaluationReport: report.text, licenceType: licence.value})
        }
    }
}
