# A path-traced reference for the renderer: Blender's Cycles draws the piece's GLB with the same
# camera and the same studio light as ours (from `facet render --scene`), tone-mapped as ours is
# (Khronos PBR Neutral, sRGB), and this script reports how far our picture is from it.
#
# blender -b --factory-startup --python scripts/cycles_reference.py -- \
#     GLB SCENE_DIR VIEW_NAME OUT_PREFIX [SAMPLES]
# SCENE_DIR holds studio.hdr, cameras.json and our <view>.png. Writes OUT_PREFIX.png (ours |
# Cycles | difference x4) and OUT_PREFIX.json (the figures), and prints the figures.
import json
import math
import os
import struct
import sys
import zlib

import bpy
import numpy as np
from mathutils import Vector

args = sys.argv[sys.argv.index("--") + 1:]
glb_path, scene_dir, view_name, out_prefix = args[:4]
samples = int(args[4]) if len(args) > 4 else 64
cameras = json.load(open(os.path.join(scene_dir, "cameras.json")))
view = next(c for c in cameras if c["name"] == view_name)
view_file = view_name.lower().replace(" ", "-") + ".png"

# Debian's Blender 3.4 glTF importer still says np.bool, which Debian's numpy 1.24 has dropped.
if not hasattr(np, "bool"):
    np.bool = bool

bpy.ops.wm.read_factory_settings(use_empty=True)
scene = bpy.context.scene
bpy.ops.import_scene.gltf(filepath=glb_path)


def to_blender(v, scale=1.0):
    """Our y-up millimetres (glTF's axes) to Blender's z-up metres, as its glTF importer turns them."""
    return Vector((v[0] * scale, -v[2] * scale, v[1] * scale))


# The studio: our latitude-longitude image, looked up with our own convention (u = 0.5 +
# atan2(z, x) / 2pi, v = 0.5 + asin(y) / pi in our y-up axes), so no guess about Blender's.
world = bpy.data.worlds.new("studio")
scene.world = world
world.use_nodes = True
nodes, links = world.node_tree.nodes, world.node_tree.links
nodes.clear()
coords = nodes.new("ShaderNodeTexCoord")
normalize = nodes.new("ShaderNodeVectorMath")
normalize.operation = "NORMALIZE"
links.new(coords.outputs["Generated"], normalize.inputs[0])
split = nodes.new("ShaderNodeSeparateXYZ")
links.new(normalize.outputs["Vector"], split.inputs[0])


def math_node(operation, a, b=None):
    node = nodes.new("ShaderNodeMath")
    node.operation = operation
    for i, value in enumerate((a, b)):
        if value is None:
            continue
        if isinstance(value, (int, float)):
            node.inputs[i].default_value = value
        else:
            links.new(value, node.inputs[i])
    return node.outputs[0]


# Blender (x, y, z) is ours (x, z, -y): our z is Blender's -y, our y Blender's z.
our_z = math_node("MULTIPLY", split.outputs["Y"], -1.0)
u = math_node("ADD", math_node("DIVIDE", math_node("ARCTAN2", our_z, split.outputs["X"]), 2.0 * math.pi), 0.5)
v = math_node("ADD", math_node("DIVIDE", math_node("ARCSINE", split.outputs["Z"]), math.pi), 0.5)
uv = nodes.new("ShaderNodeCombineXYZ")
links.new(u, uv.inputs["X"])
links.new(v, uv.inputs["Y"])
image_node = nodes.new("ShaderNodeTexImage")
image_node.image = bpy.data.images.load(os.path.join(scene_dir, "studio.hdr"))
image_node.interpolation = "Linear"
image_node.extension = "REPEAT"
links.new(uv.outputs[0], image_node.inputs["Vector"])
background = nodes.new("ShaderNodeBackground")
links.new(image_node.outputs["Color"], background.inputs["Color"])
output = nodes.new("ShaderNodeOutputWorld")
links.new(background.outputs[0], output.inputs["Surface"])

# The camera: the same eye, target and vertical field of view.
camera_data = bpy.data.cameras.new("view")
camera_data.sensor_fit = "VERTICAL"
camera_data.angle_y = math.radians(view["fov_y_deg"])
camera_data.clip_start = 0.001
camera_data.clip_end = 10.0
camera = bpy.data.objects.new("view", camera_data)
scene.collection.objects.link(camera)
eye, target = to_blender(view["eye_mm"], 0.001), to_blender(view["target_mm"], 0.001)
camera.location = eye
camera.rotation_euler = (target - eye).to_track_quat("-Z", "Y").to_euler()
scene.camera = camera

# Cycles, linear float out with the piece alone (the backdrop is ours, composited under it).
scene.render.engine = "CYCLES"
scene.cycles.device = "CPU"
scene.cycles.samples = samples
scene.cycles.use_denoising = False  # Debian builds Blender without OpenImageDenoise
scene.cycles.max_bounces = 32
scene.cycles.glossy_bounces = 16
scene.cycles.transmission_bounces = 16
scene.cycles.caustics_reflective = True
scene.cycles.caustics_refractive = True
scene.render.film_transparent = True
scene.render.resolution_x, scene.render.resolution_y = view["width_px"], view["height_px"]
scene.render.resolution_percentage = 100
scene.view_settings.view_transform = "Standard"
scene.render.image_settings.file_format = "OPEN_EXR"
scene.render.image_settings.color_depth = "32"
exr_path = out_prefix + ".exr"
scene.render.filepath = exr_path
for material in bpy.data.materials:
    if not material.use_nodes:
        continue
    principled = next((n for n in material.node_tree.nodes if n.type == "BSDF_PRINCIPLED"), None)
    if principled:
        print("material %s: metallic %.2f roughness %.2f transmission %.2f ior %.3f" % (
            material.name, principled.inputs["Metallic"].default_value, principled.inputs["Roughness"].default_value,
            principled.inputs["Transmission"].default_value, principled.inputs["IOR"].default_value))
bpy.ops.render.render(write_still=True)

width, height = view["width_px"], view["height_px"]
cycles = np.array(bpy.data.images.load(exr_path).pixels[:], dtype=np.float64).reshape(height, width, 4)
ours_image = bpy.data.images.load(os.path.join(scene_dir, view_file))
ours = np.array(ours_image.pixels[:], dtype=np.float64).reshape(height, width, -1)[:, :, :3]  # sRGB, rows up


def pbr_neutral(color):
    """Khronos PBR Neutral, as shaders/common.glsl applies it (numpy, per pixel)."""
    start, desaturation = 0.8 - 0.04, 0.15
    x = color.min(axis=-1, keepdims=True)
    offset = np.where(x < 0.08, x - 6.25 * x * x, 0.04)
    color = color - offset
    peak = color.max(axis=-1, keepdims=True)
    d = 1.0 - start
    new_peak = 1.0 - d * d / (peak + d - start)
    compressed = color * (new_peak / np.maximum(peak, 1e-9))
    g = 1.0 - 1.0 / (desaturation * (peak - new_peak) + 1.0)
    compressed = compressed * (1.0 - g) + new_peak * g
    return np.where(peak < start, color, compressed)


def srgb(c):
    c = np.clip(c, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1.0 / 2.4) - 0.055)


alpha = cycles[:, :, 3:4]
# Cycles' transparent film holds colour premultiplied by coverage.
piece = srgb(pbr_neutral(cycles[:, :, :3] / np.maximum(alpha, 1e-6)))
reference = piece * alpha + ours * (1.0 - alpha)
mask = alpha[:, :, 0] > 0.5
difference = np.abs(reference - ours)
figures = {
    "view": view_name,
    "samples": samples,
    "piece_pixels": int(mask.sum()),
    "mean_abs_difference_8bit": float(difference[mask].mean() * 255.0),
    "rms_difference_8bit": float(np.sqrt((difference[mask] ** 2).mean()) * 255.0),
    "ours_mean_rgb_8bit": [round(float(x) * 255.0, 1) for x in ours[mask].mean(axis=0)],
    "cycles_mean_rgb_8bit": [round(float(x) * 255.0, 1) for x in reference[mask].mean(axis=0)],
}
json.dump(figures, open(out_prefix + ".json", "w"), indent=2)
print("cycles_reference:", json.dumps(figures))

# Ours | Cycles | difference x4, rows from the top, written as an 8-bit PNG by hand: Blender's own
# image saving would colour-manage these already display-ready values a second time.
strip = np.concatenate([ours, reference, np.clip(difference * 4.0, 0.0, 1.0)], axis=1)[::-1]
rows = (np.clip(strip, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
raw = b"".join(b"\x00" + row.tobytes() for row in rows)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", rows.shape[1], rows.shape[0], 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open(out_prefix + ".png", "wb").write(png)
os.remove(exr_path)
