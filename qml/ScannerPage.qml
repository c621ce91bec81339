pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FairGuard.Models

// Reads a code, or takes a photo: the camera when the tablet has one, else an imported image
// or the code typed by hand. Camera and CaptureSession exist only inside the Loader (Qt 6.4's
// GStreamer test source can hang on exit when no camera is present).
// mode "code": any code; "sticker": a booth sticker (a forged one is shown loudly and cannot
// be used); "photo": the camera's picture for evidence (photoTaken with the video sink, which
// the caller seals at once). Every code read is checked as a booth sticker too: a genuine one
// becomes the station's last verified booth (evidence taken next names it).
Page {
    id: page

    property StationBackend backend: null
    property string mode: "code"
    // A code that can be used goes back at once, without "Use this code" (the intake's scans:
    // the field it fills shows it). A forged or unusable one still stops here with its banner.
    property bool acceptAtOnce: false
    signal codeAccepted(string text, string format)
    signal photoTaken(QtObject videoSink)
    signal back()

    property string foundText: ""
    property string foundFormat: ""
    property string problem: ""
    property var verdict: ({})
    readonly property bool hasCamera: devices.videoInputs.length > 0
    readonly property bool usable: foundText.length > 0 && verdict.verdict !== "forged"
                                   && (mode !== "sticker" || verdict.ok === true)

    function found(text, format) {
        page.foundText = text
        page.foundFormat = format
        page.problem = ""
        const v = page.backend ? page.backend.lastSticker.offer(text) : ({})
        page.verdict = page.mode === "sticker" || (v.verdict !== "not_sticker" && v.verdict !== "empty") ? v : ({})
        if (page.acceptAtOnce && page.usable)
            page.codeAccepted(text, format)
    }

    background: Rectangle { color: Theme.background }
    MediaDevices { id: devices }
    ImageCodeReader { id: reader }
    FileDialog {
        id: imageDialog
        title: qsTr("Import an image of the code")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp)")]
        onAccepted: {
            const r = reader.decodeFile(selectedFile)
            if (r.found) page.found(r.text, r.format)
            else page.problem = r.error
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            text: page.mode === "photo" ? qsTr("Take a photo") : page.mode === "sticker" ? qsTr("Scan the booth sticker") : qsTr("Scan a code")
            font.pixelSize: Theme.titleSize
            font.bold: true
        }

        Loader {
            active: page.hasCamera
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: Item {
                property var corners: []
                CaptureSession {
                    camera: Camera { id: camera; active: true }
                    videoOutput: preview
                }
                VideoOutput { id: preview; anchors.fill: parent }
                FrameScanner {
                    id: scanner
                    active: page.mode !== "photo"
                    videoSink: preview.videoSink
                    onCodeFound: (text, format, points) => { parent.corners = points; page.found(text, format) }
                }
                // The found code's outline, from frame pixels to the shown picture.
                Canvas {
                    anchors.fill: parent
                    property var points: parent.corners
                    onPointsChanged: requestPaint()
                    onPaint: {
                        const ctx = getContext("2d"); ctx.reset()
                        if (points.length !== 4 || preview.sourceRect.width <= 0) return
                        const sx = preview.contentRect.width / preview.sourceRect.width
                        const sy = preview.contentRect.height / preview.sourceRect.height
                        ctx.strokeStyle = Theme.ok; ctx.lineWidth = 4; ctx.beginPath()
                        for (let i = 0; i < 4; ++i)
                            ctx.lineTo(preview.contentRect.x + points[i].x * sx, preview.contentRect.y + points[i].y * sy)
                        ctx.closePath(); ctx.stroke()
                    }
                }
                Button {
                    visible: page.mode === "photo"
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.gap
                    text: qsTr("Take photo")
                    highlighted: true
                    implicitHeight: Theme.touch + 16
                    implicitWidth: 220
                    onClicked: page.photoTaken(preview.videoSink)
                }
                Component.onDestruction: { scanner.videoSink = null; camera.active = false }
            }
        }

        Label {
            textFormat: Text.PlainText
            visible: !page.hasCamera
            text: page.mode === "photo" ? qsTr("No camera found on this station. Go back and import the picture as a file.")
                                        : qsTr("No camera found on this station. Import an image of the code or type it below.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: !page.hasCamera && page.mode !== "photo"
            spacing: Theme.gap
            Layout.fillWidth: true
            Button { text: qsTr("Import an image…"); implicitHeight: Theme.touch; onClicked: imageDialog.open() }
            TextField {
                id: typed
                objectName: "typedCode"
                placeholderText: page.mode === "sticker" ? qsTr("Or paste the sticker's text") : qsTr("Type the code")
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onTextEdited: if (text.length > 0) page.found(text, "typed")
            }
        }
        Item { visible: !page.hasCamera; Layout.fillHeight: true }

        Label { textFormat: Text.PlainText; visible: page.problem.length > 0; text: page.problem; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
        StickerVerdict { objectName: "stickerVerdict"; check: page.verdict }
        Rectangle {
            visible: page.foundText.length > 0 && page.mode !== "photo"
            color: Theme.infoSoft; radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: Theme.touch + Theme.gap
            Label {
                textFormat: Text.PlainText
                anchors.fill: parent
                anchors.margins: 8
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideMiddle
                text: qsTr("Code found: %1 (%2)").arg(page.foundText).arg(page.foundFormat)
            }
        }
        RowLayout {
            spacing: Theme.gap
            Button { text: qsTr("Back"); implicitHeight: Theme.touch; onClicked: page.back() }
            Button {
                objectName: "useCode"
                visible: page.mode !== "photo"
                text: qsTr("Use this code"); highlighted: true; implicitHeight: Theme.touch
                enabled: page.usable
                opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
                onClicked: page.codeAccepted(page.foundText, page.foundFormat)
            }
        }
    }
}
