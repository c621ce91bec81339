import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 7: review what was recorded, the complainant signs on screen, then the officer accepts
// or rejects (not admissible) with the reason the complainant is told.
RowLayout {
    id: step

    required property IntakeWizard wizard
    readonly property var rec: wizard.recorded
    spacing: Theme.gap * 2

    // Every recorded field as [label, value] rows, empty values left out.
    function lines() {
        const c = step.rec.complainant || {}, r = step.rec.right || {}, p = step.rec.respondent || {}
        const d = step.rec.product || {}, g = step.rec.grounds || {}, a = step.rec.admissibility || {}
        const out = [
            [qsTr("Complainant"), [c.name || "", c.kind ? Labels.complainantKind(c.kind) : ""].filter(v => v).join(" · ")],
            [qsTr("ID / registration number"), c.id_number || ""],
            [qsTr("Country"), c.country || ""],
            [qsTr("Fair badge"), c.badge || ""],
            [qsTr("Agent"), (c.agent || "") + (c.agent_badge ? qsTr(" (badge %1)").arg(c.agent_badge) : "")],
            [qsTr("Contact"), c.contact || ""],
            [qsTr("Right"), r.right_type ? Labels.rightType(r.right_type) + "  " + (r.number || "") : ""],
            [qsTr("Title"), r.title || ""],
            [qsTr("Evaluation report"), r.evaluation_report || ""],
            [qsTr("Respondent"), [p.booth || "", p.hall ? qsTr("hall %1").arg(p.hall) : "", p.exhibitor || ""].filter(v => v).join(" · ")
                                 + (p.booth_source === "manual" ? qsTr("  (typed, not verified)") : "")],
            [qsTr("Product"), [d.description || "", d.model || ""].filter(v => v).join(" · ")],
            [qsTr("Product code"), d.code || ""],
            [qsTr("How it is shown"), d.display_form ? Labels.displayForm(d.display_form) : ""],
            [qsTr("Grounds"), g.text || ""]
        ]
        for (const doc of step.wizard.documents)
            out.push([Labels.documentKind(doc.kind), doc.present && doc.attached ? qsTr("original seen, copy attached")
                      : doc.present ? qsTr("original seen, no copy") : doc.attached ? qsTr("copy attached, original not seen")
                      : qsTr("not provided")])
        out.push([qsTr("Admissibility"), !a.hasOwnProperty("complete") ? qsTr("not checked")
                  : a.duplicate ? qsTr("duplicate of another case")
                  : a.complete ? qsTr("documents complete")
                  : qsTr("missing: %1").arg((a.missing || []).map(k => Labels.documentKind(k)).join(", "))])
        return out.filter(line => line[1] !== "")
    }

    ColumnLayout {
        spacing: 8
        Layout.preferredWidth: 520
        Layout.fillHeight: true
        ScrollView {
            id: reviewScroll
            objectName: "reviewLines"
            clip: true
            contentWidth: availableWidth
            // Always shown when the lines do not fit: nothing recorded may hide below the fold.
            ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                width: reviewScroll.availableWidth - 16  // room for the scroll bar
                spacing: 8
                Repeater {
                    model: step.lines()
                    ReviewLine {
                        required property var modelData
                        label: modelData[0]
                        value: modelData[1]
                    }
                }
            }
        }
        FormField { id: reason; label: qsTr("Reason for rejection (told to the complainant)") }
        Button {
            text: qsTr("Reject: not admissible")
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onClicked: step.wizard.reject(reason.text)
        }
    }

    ColumnLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true
        // What the complainant confirms, above the pad. The label takes its width from this
        // item and the item its height from the wrapped text, so the pad below gives way.
        Item {
            visible: declaration.text !== ""
            Layout.fillWidth: true
            Layout.preferredHeight: declaration.contentHeight
            Label {
                id: declaration
                objectName: "declaration"
                width: parent.width
                textFormat: Text.PlainText
                text: step.wizard.declaration
                wrapMode: Text.Wrap
            }
        }
        SignaturePad {
            id: pad
            objectName: "signaturePad"
            Layout.minimumHeight: 140  // gives way to the declaration above on a short screen
            Layout.preferredHeight: 140
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        RowLayout {
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: step.wizard.signatureSaved ? qsTr("Signature saved ✓") : qsTr("Not signed yet")
                color: step.wizard.signatureSaved ? Theme.ok : Theme.textMuted
                Layout.fillWidth: true
            }
            Button { text: qsTr("Clear"); implicitHeight: Theme.touch; onClicked: pad.clear() }
            Button {
                objectName: "saveSignature"
            text: qsTr("Save signature")
                enabled: !pad.empty
                opacity: enabled ? 1 : 0.4
                implicitHeight: Theme.touch
                onClicked: step.wizard.saveSignature(pad.pngDataUrl(), (step.rec.complainant || {}).name || "")
            }
        }
        Button {
            objectName: "acceptComplaint"
            text: qsTr("Accept complaint")
            highlighted: true
            enabled: step.wizard.acceptMissing.length === 0
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onClicked: step.wizard.accept("")
        }
        ColumnLayout {
            objectName: "acceptMissing"
            visible: step.wizard.acceptMissing.length > 0
            spacing: 2
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("Cannot accept yet:")
                color: Theme.amber
            }
            Repeater {
                model: step.wizard.acceptMissing
                Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    text: "• " + modelData
                    color: Theme.amber
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
