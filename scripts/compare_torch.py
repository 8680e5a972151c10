#!/usr/bin/env python3
"""Cross-check `eqc run` against independent PyTorch references for every examples/*.eq.

Run with a Python that has numpy and torch (not part of the test suite), from anywhere:

    /usr/bin/python3 scripts/compare_torch.py [--keep] [--only NAME ...] [-v]

For each example it makes seeded random float32 inputs, writes them as .npy files to a
temporary directory, runs `./eqc run` on them (at the core shapes, and with leading batch
dimensions, mixing batched and unbatched arguments), computes the same equation in float64
PyTorch, and compares:   |actual - expected| <= RTOL * |expected| + ATOL   elementwise,
plus the output shape. Rows run with --precision double use a much tighter tolerance.
Where PyTorch has a library version of the same computation (torch.optim.Adam,
nn.LSTMCell, F.gelu, F.linear, F.layer_norm, F.softmax, torch.logsumexp, F.cross_entropy,
F.binary_cross_entropy_with_logits, F.batch_norm, F.cosine_similarity, F.leaky_relu,
torch.special.entr, autograd's jacobian, ...) the hand-written reference is
also checked against it (column `xcheck`). Variants named `large` put entries of magnitude
100 to 500 where a naive exp would overflow or underflow. For the gradient examples
(`*_grad.eq`) the reference is torch.autograd.grad of the loss written by hand in float64, one
problem per batch element (as eqc batches), cross-checked against closed forms or F.layer_norm.

Prints one row per (example, function, variant) and exits 1 if any row FAILs, 2 if the
script itself could not run (no torch, no examples).
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np

try:
    import torch
    import torch.nn.functional as F
except ImportError:  # pragma: no cover
    print("compare_torch.py needs PyTorch (e.g. /usr/bin/python3 with python3-torch)", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EQC = os.path.join(ROOT, "eqc")
EXAMPLES_DIR = os.path.join(ROOT, "examples")

RTOL, ATOL = 1e-4, 1e-5            # float runs (the default precision)
RTOL_D, ATOL_D = 1e-10, 1e-12      # --precision double runs
XCHECK_TOL = 1e-10                 # hand reference vs torch library reference (both float64)
SEED = 20240531

torch.set_default_dtype(torch.float64)


# ---------------------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------------------
class Num:
    """A scalar passed on the command line as a number (--input SYM=3)."""

    def __init__(self, value):
        self.value = value

    def cli(self):
        return str(self.value) if isinstance(self.value, int) else repr(float(self.value))


def normal(rng, *shape):
    return rng.standard_normal(shape).astype(np.float32)


def uniform(rng, lo, hi, *shape):
    return rng.uniform(lo, hi, shape).astype(np.float32)


def to_torch(v):
    if isinstance(v, Num):
        return float(v.value)
    return torch.from_numpy(np.asarray(v, dtype=np.float64))


def col(s):
    """A scalar (python number, 0-d or batched tensor) made to broadcast against a [.., d] vector."""
    if isinstance(s, torch.Tensor) and s.dim() > 0:
        return s.unsqueeze(-1)
    return s


def matvec(W, x):
    """Column-vector convention W x, with NumPy-style broadcasting of leading batch dims."""
    return (W @ x.unsqueeze(-1)).squeeze(-1)


def vecmat(x, W):
    """Row-vector convention x W, with NumPy-style broadcasting of leading batch dims
    (a plain torch x @ W would treat a [B, n, d] x as a batch of matrices, not of vectors)."""
    return (x.unsqueeze(-2) @ W).squeeze(-2)


def shape_str(v):
    if isinstance(v, Num):
        return "num"
    return "[" + ",".join(str(d) for d in np.shape(v)) + "]"


# ---------------------------------------------------------------------------------------
# references
# ---------------------------------------------------------------------------------------
def ref_attention(a):
    q, k, v = a["Q"], a["K"], a["V"]
    d_k = q.shape[-1]
    return torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d_k), dim=-1) @ v


def ref_ffn(a):
    return vecmat(F.relu(vecmat(a["x"], a["W_1"]) + a["b_1"]), a["W_2"]) + a["b_2"]


def ref_gelu(a):
    x = a["x"]
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def xcheck_gelu(a):
    return F.gelu(a["x"], approximate="tanh")


def ref_linear(a):
    return vecmat(a["x"], a["A"].transpose(-1, -2)) + a["b"]


def xcheck_linear(a):
    if a["A"].dim() != 2 or a["b"].dim() != 1:
        return None  # F.linear takes one weight matrix and one bias
    return F.linear(a["x"], a["A"], a["b"])


ADAM_EPS = 1e-8


def adam_m(a):
    b1 = col(a["\\beta_1"])
    return b1 * a["m_{t-1}"] + (1 - b1) * a["g_t"]


def adam_v(a):
    b2 = col(a["\\beta_2"])
    return b2 * a["v_{t-1}"] + (1 - b2) * a["g_t"] ** 2


def adam_mhat(a):
    return adam_m(a) / (1 - col(a["\\beta_1"]) ** a["t"])


def adam_vhat(a):
    return adam_v(a) / (1 - col(a["\\beta_2"]) ** a["t"])


def adam_theta(a):
    return a["\\theta_{t-1}"] - col(a["\\alpha"]) * adam_mhat(a) / (torch.sqrt(adam_vhat(a)) + ADAM_EPS)


def xcheck_adam_theta(a):
    """theta_t from torch.optim.Adam, its state primed with m_{t-1}, v_{t-1} and step t-1.

    Only for scalar (unbatched) alpha, beta_1, beta_2: the optimizer has one of each."""
    for s in ("\\alpha", "\\beta_1", "\\beta_2"):
        if isinstance(a[s], torch.Tensor) and a[s].dim() > 0:
            return None
    theta = a["\\theta_{t-1}"]
    shape = torch.broadcast_shapes(theta.shape, a["g_t"].shape, a["m_{t-1}"].shape, a["v_{t-1}"].shape)
    p = torch.nn.Parameter(theta.expand(shape).clone())
    opt = torch.optim.Adam([p], lr=float(a["\\alpha"]), betas=(float(a["\\beta_1"]), float(a["\\beta_2"])),
                           eps=ADAM_EPS)
    opt.state[p] = {
        "step": torch.tensor(float(a["t"] - 1)),
        "exp_avg": a["m_{t-1}"].expand(shape).clone(),
        "exp_avg_sq": a["v_{t-1}"].expand(shape).clone(),
    }
    p.grad = a["g_t"].expand(shape).clone()
    opt.step()
    return p.detach()


def lstm_gate(a, g, act):
    return act(matvec(a["W_" + g], a["x_t"]) + matvec(a["U_" + g], a["h_{t-1}"]) + a["b_" + g])


def lstm_i(a):
    return lstm_gate(a, "i", torch.sigmoid)


def lstm_f(a):
    return lstm_gate(a, "f", torch.sigmoid)


def lstm_o(a):
    return lstm_gate(a, "o", torch.sigmoid)


def lstm_ctilde(a):
    return lstm_gate(a, "c", torch.tanh)


def lstm_c(a):
    return lstm_f(a) * a["c_{t-1}"] + lstm_i(a) * lstm_ctilde(a)


def lstm_h(a):
    return lstm_o(a) * torch.tanh(lstm_c(a))


def torch_lstm_cell(a):
    """(h_t, c_t) from nn.LSTMCell with the four gates stacked in its order i, f, g(=c~), o.

    None when a weight or bias is batched: the cell has one set of parameters."""
    if any(a[p + g].dim() != (1 if p == "b_" else 2) for p in ("W_", "U_", "b_") for g in "ifoc"):
        return None
    h, d = a["W_i"].shape
    cell = torch.nn.LSTMCell(d, h)
    with torch.no_grad():
        cell.weight_ih.copy_(torch.cat([a["W_i"], a["W_f"], a["W_c"], a["W_o"]], 0))
        cell.weight_hh.copy_(torch.cat([a["U_i"], a["U_f"], a["U_c"], a["U_o"]], 0))
        cell.bias_ih.copy_(torch.cat([a["b_i"], a["b_f"], a["b_c"], a["b_o"]], 0))
        cell.bias_hh.zero_()
        x, hp, cp = a["x_t"], a["h_{t-1}"], a["c_{t-1}"]
        batch = torch.broadcast_shapes(x.shape[:-1], hp.shape[:-1], cp.shape[:-1])
        x = x.expand(*batch, d).reshape(-1, d)
        hp = hp.expand(*batch, h).reshape(-1, h)
        cp = cp.expand(*batch, h).reshape(-1, h)
        h1, c1 = cell(x, (hp, cp))
    return h1.reshape(*batch, h), c1.reshape(*batch, h)


def xcheck_lstm_h(a):
    r = torch_lstm_cell(a)
    return None if r is None else r[0]


def xcheck_lstm_c(a):
    r = torch_lstm_cell(a)
    return None if r is None else r[1]


SQRT2 = math.sqrt(2.0)


def ref_gelu_exact(a):
    """x Phi(x), with Phi through erfc so that the lower tail keeps its relative accuracy."""
    x = a["x"]
    return x * 0.5 * torch.erfc(-x / SQRT2)


def ref_gelu_erf(a):
    x = a["x"]
    return x / 2 * (1 + torch.erf(x / SQRT2))


def xcheck_gelu_exact(a):
    return F.gelu(a["x"])  # approximate='none': the erf form


def ref_softplus(a):
    x = a["x"]
    return torch.logaddexp(x, torch.zeros_like(x))  # log(e^x + e^0), stable for any x


def xcheck_softplus(a):
    # F.softplus returns x itself above its threshold 20 (an error up to 2e-9 in (20, 30)); the
    # inputs are either below 15 or at least 100 in magnitude, where it agrees to 1e-10.
    return F.softplus(a["x"])


def ref_mish(a):
    return a["x"] * torch.tanh(ref_softplus(a))


def xcheck_mish(a):
    return F.mish(a["x"])


def ref_swish(a):
    return a["x"] * torch.sigmoid(col(a["\\beta"]) * a["x"])


def xcheck_swish(a):
    b = col(a["\\beta"])
    return F.silu(b * a["x"]) / b  # silu(z) = z sigmoid(z), so silu(bx)/b = x sigmoid(bx) for b != 0


def ref_log_softmax(a):
    x = a["x"]
    return x - torch.logsumexp(x, dim=-1, keepdim=True)


def xcheck_log_softmax(a):
    return F.log_softmax(a["x"], dim=-1)


def ref_soft_cross_entropy(a):
    return -(a["y"] * ref_log_softmax(a)).sum(-1)


def xcheck_soft_cross_entropy(a):
    """F.cross_entropy with class-probability targets, on the broadcast batch flattened to rows."""
    x, y = a["x"], a["y"]
    shape = torch.broadcast_shapes(x.shape, y.shape)
    c = shape[-1]
    loss = F.cross_entropy(x.expand(shape).reshape(-1, c), y.expand(shape).reshape(-1, c), reduction="none")
    return loss.reshape(shape[:-1])


LN_EPS = 1e-5


def ref_layer_norm_builtins(a):
    x = a["x"]
    mean = x.mean(-1, keepdim=True)
    var = ((x - mean) ** 2).mean(-1, keepdim=True)  # biased (population) variance
    return a["\\gamma"] * (x - mean) / torch.sqrt(var + LN_EPS) + a["\\beta"]


def torch_layer_norm(x, g, b):
    if g.dim() == 1 and b.dim() == 1:
        return F.layer_norm(x, x.shape[-1:], weight=g, bias=b, eps=LN_EPS)
    return F.layer_norm(x, x.shape[-1:], eps=LN_EPS) * g + b  # batched gain/bias: affine by hand


def xcheck_layer_norm_builtins(a):
    return torch_layer_norm(a["x"], a["\\gamma"], a["\\beta"])


def ref_energy(a):
    t = a["T"]
    return -t * torch.logsumexp(a["f"] / col(t), dim=-1)


def ln_mu(a):
    x = a["a"]
    return x.sum(-1) / x.shape[-1]


def ln_sigma(a):
    """Population standard deviation with epsilon inside the root, as F.layer_norm normalizes."""
    x = a["a"]
    return torch.sqrt(((x - col(ln_mu(a))) ** 2).sum(-1) / x.shape[-1] + LN_EPS)


def xcheck_ln_sigma(a):
    return torch.sqrt(torch.var(a["a"], dim=-1, unbiased=False) + LN_EPS)


def ln_h(a):
    return a["g"] / col(ln_sigma(a)) * (a["a"] - col(ln_mu(a))) + a["b"]


def xcheck_ln_h(a):
    return torch_layer_norm(a["a"], a["g"], a["b"])


def ref_rms(a):
    x = a["a"]
    return torch.sqrt((x ** 2).sum(-1) / x.shape[-1])


def xcheck_rms(a):
    x = a["a"]
    return torch.linalg.vector_norm(x, dim=-1) / math.sqrt(x.shape[-1])


def ref_rms_norm(a):
    return a["a"] / col(ref_rms(a)) * a["g"]  # torch 1.13 has no RMSNorm


def xcheck_rms_norm(a):
    x = a["a"]
    return F.normalize(x, dim=-1) * math.sqrt(x.shape[-1]) * a["g"]  # a/||a|| = a/(sqrt(n) RMS(a))


def ref_cross_entropy(a):
    return -(a["y"] * a["\\hat{y}"].log()).sum(-1)


def xcheck_cross_entropy(a):
    """F.cross_entropy on the logits log(y_hat) with probability targets y, on the broadcast batch
    flattened to rows. It takes log_softmax(log y_hat) = log y_hat - logsumexp(log y_hat), and the
    float32 y_hat does not sum to exactly 1, so sum(y) logsumexp(log y_hat) is taken back off."""
    logits, y = a["\\hat{y}"].log(), a["y"]
    shape = torch.broadcast_shapes(logits.shape, y.shape)
    c = shape[-1]
    loss = F.cross_entropy(logits.expand(shape).reshape(-1, c), y.expand(shape).reshape(-1, c), reduction="none")
    return loss.reshape(shape[:-1]) - y.expand(shape).sum(-1) * torch.logsumexp(logits, dim=-1).expand(shape[:-1])


def ref_mse(a):
    d = a["y"] - a["\\hat{y}"]
    return (d ** 2).sum(-1) / d.shape[-1]


def xcheck_mse(a):
    y, yh = a["y"], a["\\hat{y}"]
    if y.dim() == 1 and yh.dim() == 1:
        return F.mse_loss(yh, y)  # reduction='mean': a 0-d tensor
    shape = torch.broadcast_shapes(y.shape, yh.shape)
    return F.mse_loss(yh.expand(shape), y.expand(shape), reduction="none").mean(-1)


def ref_elu(a):
    x = a["x"]
    return torch.where(x > 0, x, col(a["\\alpha"]) * torch.expm1(x))


def xcheck_elu(a):
    if isinstance(a["\\alpha"], torch.Tensor):
        return None  # F.elu takes one alpha
    return F.elu(a["x"], alpha=a["\\alpha"])


def ref_huber(a):
    x, d = a["a"], col(a["\\delta"])
    return torch.where(x.abs() <= d, 0.5 * x ** 2, d * (x.abs() - 0.5 * d))


def xcheck_huber(a):
    if isinstance(a["\\delta"], torch.Tensor):
        return None  # F.huber_loss takes one delta
    x = a["a"]
    return F.huber_loss(x, torch.zeros_like(x), reduction="none", delta=a["\\delta"])


def ref_softmax_jacobian(a):
    s = a["s"]
    return torch.diag_embed(s) - s.unsqueeze(-1) * s.unsqueeze(-2)  # diag(s) - s s^T


def xcheck_softmax_jacobian(a):
    """autograd's Jacobian of softmax at z = log s, row by row (softmax(log s) = s as s sums to 1)."""
    s = a["s"]
    n = s.shape[-1]
    rows = [torch.autograd.functional.jacobian(lambda z: torch.softmax(z, dim=-1), z)
            for z in s.log().reshape(-1, n)]
    return torch.stack(rows).reshape(*s.shape, n)


def ref_active_fraction(a):
    x = a["x"]
    return (x > 0).to(x.dtype).sum(-1) / x.shape[-1]


def xcheck_active_fraction(a):
    x = a["x"]
    return torch.heaviside(x, torch.zeros(())).mean(-1)  # heaviside(0, 0) = 0: zero is not active


def ref_softmax(a):
    z = a["z"]
    e = torch.exp(z - z.max(-1, keepdim=True).values)
    return e / e.sum(-1, keepdim=True)


def xcheck_softmax(a):
    return F.softmax(a["z"], dim=-1)


def ref_lse(a):
    x = a["x"]
    m = x.max(-1, keepdim=True).values
    return (m + torch.log(torch.exp(x - m).sum(-1, keepdim=True))).squeeze(-1)


def xcheck_lse(a):
    return torch.logsumexp(a["x"], dim=-1)


def ref_bce_logits(a):
    """-[y log sigma(x) + (1-y) log(1 - sigma(x))] = y softplus(-x) + (1-y) softplus(x), stable."""
    x, y = a["x"], a["y"]
    zero = torch.zeros_like(x)
    return y * torch.logaddexp(zero, -x) + (1 - y) * torch.logaddexp(zero, x)


def xcheck_bce_logits(a):
    x, y = a["x"], a["y"]
    shape = torch.broadcast_shapes(x.shape, y.shape)  # it wants equal shapes
    return F.binary_cross_entropy_with_logits(x.expand(shape), y.expand(shape), reduction="none")


def ref_batch_norm_mu(a):
    return a["x"].mean(-2)  # over the batch axis m


def ref_batch_norm_var(a):
    x = a["x"]
    return ((x - x.mean(-2, keepdim=True)) ** 2).mean(-2)  # population variance over m


def xcheck_batch_norm_var(a):
    return torch.var(a["x"], dim=-2, unbiased=False)


def ref_batch_norm_xhat(a):
    x = a["x"]
    return (x - x.mean(-2, keepdim=True)) / torch.sqrt(ref_batch_norm_var(a).unsqueeze(-2) + LN_EPS)


def ref_batch_norm_y(a):
    return a["\\gamma"].unsqueeze(-2) * ref_batch_norm_xhat(a) + a["\\beta"].unsqueeze(-2)


def torch_batch_norm(a, affine):
    """F.batch_norm in training mode (batch statistics, no running stats). It normalizes an
    [N, C] input over N per channel C, so the broadcast batch dims are folded into the channels:
    x [..., m, d] -> [m, (...) d], with the weight and bias flattened to match."""
    x = a["x"]
    m, d = x.shape[-2:]
    batch = x.shape[:-2]
    w = b = None
    if affine:
        g, be = a["\\gamma"], a["\\beta"]
        batch = torch.broadcast_shapes(batch, g.shape[:-1], be.shape[:-1])
        w, b = g.expand(*batch, d).reshape(-1), be.expand(*batch, d).reshape(-1)
    rows = x.expand(*batch, m, d).movedim(-2, 0).reshape(m, -1)
    out = F.batch_norm(rows, None, None, weight=w, bias=b, training=True, eps=LN_EPS)
    return out.reshape(m, *batch, d).movedim(0, -2)


def xcheck_batch_norm_xhat(a):
    return torch_batch_norm(a, affine=False)


def xcheck_batch_norm_y(a):
    return torch_batch_norm(a, affine=True)


def concat_ab(a):
    x, y = a["a"], a["b"]
    batch = torch.broadcast_shapes(x.shape[:-1], y.shape[:-1])  # torch.cat does not broadcast
    return torch.cat([x.expand(*batch, x.shape[-1]), y.expand(*batch, y.shape[-1])], -1)


def ref_multi_head_attention(a):
    # Per-head weight slices, as the paper prints it: head_i = Attention(Q W_i^Q, K W_i^K, V W_i^V).
    Q, K, V = a["Q"], a["K"], a["V"]
    heads = []
    for i in range(a["W_i^Q"].shape[0]):
        q, k, v = Q @ a["W_i^Q"][i], K @ a["W_i^K"][i], V @ a["W_i^V"][i]
        heads.append(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1]), dim=-1) @ v)
    return torch.cat(heads, dim=-1) @ a["W^O"]


def xcheck_multi_head_attention(a):
    # torch's own multi-head attention, with the per-head weights packed the way it splits them.
    WQ, WK, WV, WO = a["W_i^Q"], a["W_i^K"], a["W_i^V"], a["W^O"]
    h, d_model, d_k = WQ.shape
    pack = lambda W: W.permute(1, 0, 2).reshape(d_model, h * d_k).T  # [h*d_k, d_model], head i in rows i*d_k…
    in_proj = torch.cat([pack(WQ), pack(WK), pack(WV)], dim=0)
    batched = a["Q"].dim() == 3
    q, k, v = (t.transpose(0, 1) if batched else t for t in (a["Q"], a["K"], a["V"]))
    out, _ = F.multi_head_attention_forward(q, k, v, d_model, h, in_proj, None, None, None, False, 0.0,
                                            WO.T, None, training=False, need_weights=False)
    return out.transpose(0, 1) if batched else out


def ref_positional_encoding(a):
    n, d_model = int(a["dim:n"]), int(a["dim:d_{model}"])
    pos = torch.arange(n, dtype=torch.float64)[:, None]
    i = torch.arange(d_model // 2, dtype=torch.float64)[None, :]
    angle = pos / 10000 ** (2 * i / d_model)
    pe = torch.zeros(n, d_model, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angle)
    pe[:, 1::2] = torch.cos(angle)
    return pe


def ref_rotary_theta(a):
    d = a["x"].shape[-1]
    return 10000.0 ** (-2 * torch.arange(d // 2, dtype=torch.float64) / d)


def ref_rotary(a):
    # The pairs (x_{2i}, x_{2i+1}) rotated by m θ_i, written with sines and cosines.
    x, m, theta = a["x"], a["m"], ref_rotary_theta(a)
    x0, x1 = x[..., 0::2], x[..., 1::2]
    y = torch.empty_like(x)
    y[..., 0::2] = x0 * torch.cos(m * theta) - x1 * torch.sin(m * theta)
    y[..., 1::2] = x0 * torch.sin(m * theta) + x1 * torch.cos(m * theta)
    return y


def xcheck_rotary(a):
    # The complex form LLaMA's apply_rotary_emb uses: (x_{2i} + i x_{2i+1}) e^{i m θ_i}.
    x, m, theta = a["x"], a["m"], ref_rotary_theta(a)
    z = torch.view_as_complex(x.reshape(*x.shape[:-1], -1, 2).contiguous())
    return torch.view_as_real(z * torch.polar(torch.ones_like(theta), m * theta)).reshape(x.shape)


def ref_concat_heads(a):
    return vecmat(concat_ab(a), a["W^O"])


def xcheck_concat_heads(a):
    if a["W^O"].dim() != 2:
        return None  # F.linear takes one weight matrix
    return F.linear(concat_ab(a), a["W^O"].T)


def ref_cosine_similarity(a):
    u, v = a["u"], a["v"]
    return (u * v).sum(-1) / (torch.sqrt((u ** 2).sum(-1)) * torch.sqrt((v ** 2).sum(-1)))


def xcheck_cosine_similarity(a):
    return F.cosine_similarity(a["u"], a["v"], dim=-1)  # broadcasts; its eps only guards zero norms


def ref_diag_scaling(a):
    return a["s"] * a["x"]


def xcheck_diag_scaling(a):
    s = a["s"]
    return matvec(torch.diag(s) if s.dim() == 1 else torch.diag_embed(s), a["x"])


def linear_rows(x, W, b):
    """x W + b through F.linear (row-vector convention), or None for a batched weight."""
    return None if W.dim() != 2 else F.linear(x, W.T) + b


def ref_ffn_h(a):
    return F.relu(vecmat(a["x"], a["W_1"]) + a["b_1"])


def xcheck_ffn_h(a):
    z = linear_rows(a["x"], a["W_1"], a["b_1"])
    return None if z is None else torch.clamp(z, min=0)


def xcheck_ffn(a):
    h = xcheck_ffn_h(a)
    return None if h is None else linear_rows(h, a["W_2"], a["b_2"])


def ref_gat_coefficients(a):
    return ref_softmax({"z": a["e"]})  # softmax over j, the last axis


def xcheck_gat_coefficients(a):
    return F.softmax(a["e"], dim=-1)


GAT_SLOPE = 0.01  # LeakyReLU's negative slope: PyTorch's default, and eqc's


def ref_gat_scores(a):
    """a^T [g_i || g_j] = a_1 . g_i + a_2 . g_j, with a = [a_1 || a_2]; then LeakyReLU."""
    g, w = a["g"], a["a"]
    f = g.shape[-1]
    s = matvec(g, w[..., :f]).unsqueeze(-1) + matvec(g, w[..., f:]).unsqueeze(-2)  # [.., N, N]
    return torch.where(s > 0, s, GAT_SLOPE * s)


def xcheck_gat_scores(a):
    """The concatenation built explicitly, [.., N, N, 2F], dotted with a, then F.leaky_relu."""
    g, w = a["g"], a["a"]
    n, f = g.shape[-2:]
    gi = g.unsqueeze(-2).expand(*g.shape[:-2], n, n, f)
    gj = g.unsqueeze(-3).expand(*g.shape[:-2], n, n, f)
    s = (torch.cat([gi, gj], -1) * w.unsqueeze(-2).unsqueeze(-2)).sum(-1)
    return F.leaky_relu(s, negative_slope=GAT_SLOPE)


def ref_leaky_relu(a):
    x = a["x"]
    return torch.where(x > 0, x, 0.01 * x)


def xcheck_leaky_relu(a):
    return F.leaky_relu(a["x"])  # default negative_slope=0.01


def ref_trace_gram(a):
    """tr(A^T A) with torch.trace, one matrix at a time (torch.trace does not batch)."""
    A = a["A"]
    m, n = A.shape[-2:]
    t = [torch.trace(M.T @ M) for M in A.reshape(-1, m, n)]
    return torch.stack(t).reshape(A.shape[:-2])


def xcheck_trace_gram(a):
    return torch.linalg.matrix_norm(a["A"], ord="fro") ** 2


def ref_variance_moments(a):
    x = a["X"]
    return (x ** 2).mean(-1) - x.mean(-1) ** 2


def xcheck_variance_moments(a):
    return torch.var(a["X"], dim=-1, unbiased=False)


def ref_weight_decay(a):
    w, x, lam = a["w"], a["x"], a["\\lambda"]
    return 0.5 * ((w * x).sum(-1) - a["y"]) ** 2 + lam / 2 * (w ** 2).sum(-1)


def xcheck_weight_decay(a):
    """F.mse_loss(w.x, y) / 2 (reduction='none': no mean) + lambda/2 ||w||_2^2 by vector_norm."""
    w, x, y, lam = a["w"], a["x"], a["y"], a["\\lambda"]
    pred = (w * x).sum(-1)
    y = torch.as_tensor(y, dtype=pred.dtype)
    shape = torch.broadcast_shapes(pred.shape, y.shape)
    return (F.mse_loss(pred.expand(shape), y.expand(shape), reduction="none") / 2
            + lam / 2 * torch.linalg.vector_norm(w, dim=-1) ** 2)


LOG2 = math.log(2.0)


def ref_entropy_bits(a):
    p = a["p"]
    return -(p * torch.log2(p)).sum(-1)


def xcheck_entropy_bits(a):
    return torch.special.entr(a["p"]).sum(-1) / LOG2  # entr(p) = -p ln p


def ref_q_down(a):
    d = col(a["\\Delta"])
    return d * torch.floor(a["x"] / d)


def xcheck_q_down(a):
    d = col(a["\\Delta"])
    return torch.div(a["x"], d, rounding_mode="floor") * d


def ref_q_up(a):
    d = col(a["\\Delta"])
    return d * torch.ceil(a["x"] / d)


def xcheck_q_up(a):
    d = col(a["\\Delta"])
    return -torch.div(-a["x"], d, rounding_mode="floor") * d  # ceil(t) = -floor(-t)


# ---------------------------------------------------------------------------------------
# examples: declared inputs, variants (input generators), functions to run
# ---------------------------------------------------------------------------------------
class Fn:
    def __init__(self, latex, java, params, ref, xcheck=None, xname=None):
        self.latex, self.java, self.params = latex, java, params
        self.ref, self.xcheck, self.xname = ref, xcheck, xname


def attention_inputs(rng, variant):
    n, m, d_k, d_v = 3, 5, 4, 2
    if variant == "unbatched":
        return {"Q": normal(rng, n, d_k), "K": normal(rng, m, d_k), "V": normal(rng, m, d_v)}
    if variant == "batched":
        return {"Q": normal(rng, 2, 3, n, d_k), "K": normal(rng, 2, 3, m, d_k), "V": normal(rng, 2, 3, m, d_v)}
    if variant == "batched-mixed":  # Q [2,3,..], K unbatched, V [3,..]: batch dims broadcast to [2,3]
        return {"Q": normal(rng, 2, 3, n, d_k), "K": normal(rng, m, d_k), "V": normal(rng, 3, m, d_v)}
    raise KeyError(variant)


def ffn_inputs(rng, variant):
    dm, dff = 4, 6
    w = {"W_1": normal(rng, dm, dff), "b_1": normal(rng, dff), "W_2": normal(rng, dff, dm), "b_2": normal(rng, dm)}
    if variant == "unbatched":
        return {"x": normal(rng, dm), **w}
    if variant == "batched":  # batched x, unbatched weights
        return {"x": normal(rng, 4, dm), **w}
    if variant == "batched-mixed":  # x [2,3,d], b_2 [3,d]
        w["b_2"] = normal(rng, 3, dm)
        return {"x": normal(rng, 2, 3, dm), **w}
    raise KeyError(variant)


def gelu_inputs(rng, variant):
    d = 7
    shape = {"unbatched": (d,), "batched": (4, d), "batched-mixed": (2, 3, d)}[variant]
    return {"x": (2.0 * normal(rng, *shape)).astype(np.float32)}


def linear_inputs(rng, variant):
    d_in, d_out = 5, 3
    w = {"A": normal(rng, d_out, d_in), "b": normal(rng, d_out)}
    if variant == "unbatched":
        return {"x": normal(rng, d_in), **w}
    if variant == "batched":
        return {"x": normal(rng, 4, d_in), **w}
    if variant == "batched-mixed":  # x [2,3,d_in], A [3,d_out,d_in]
        w["A"] = normal(rng, 3, d_out, d_in)
        return {"x": normal(rng, 2, 3, d_in), **w}
    raise KeyError(variant)


def adam_inputs(rng, variant):
    d = 6
    s = {"\\alpha": Num(1e-3), "\\beta_1": Num(float(np.float32(rng.uniform(0.5, 0.999)))),
         "\\beta_2": Num(float(np.float32(rng.uniform(0.5, 0.999)))), "t": Num(3)}
    if variant == "unbatched":
        return {"\\theta_{t-1}": normal(rng, d), "g_t": normal(rng, d), "m_{t-1}": normal(rng, d),
                "v_{t-1}": uniform(rng, 0.01, 1.0, d), **s}
    if variant == "batched":  # theta, g, v [4,d]; m_{t-1} unbatched; scalars as numbers
        return {"\\theta_{t-1}": normal(rng, 4, d), "g_t": normal(rng, 4, d), "m_{t-1}": normal(rng, d),
                "v_{t-1}": uniform(rng, 0.01, 1.0, 4, d), **s}
    if variant == "batched-scalars":  # scalars as 0-d .npy, beta_1 batched [4] (a per-row beta_1)
        s["\\alpha"] = np.array(2e-3, dtype=np.float32)
        s["\\beta_1"] = uniform(rng, 0.5, 0.999, 4)
        s["\\beta_2"] = np.array(rng.uniform(0.5, 0.999), dtype=np.float32)
        return {"\\theta_{t-1}": normal(rng, d), "g_t": normal(rng, 4, d), "m_{t-1}": normal(rng, 4, d),
                "v_{t-1}": uniform(rng, 0.01, 1.0, d), **s}
    raise KeyError(variant)


def lstm_inputs(rng, variant):
    d, h = 3, 4
    a = {}
    for g in "ifoc":
        a["W_" + g] = normal(rng, h, d)
        a["U_" + g] = normal(rng, h, h)
        a["b_" + g] = normal(rng, h)
    if variant == "unbatched":
        a.update({"x_t": normal(rng, d), "h_{t-1}": normal(rng, h), "c_{t-1}": normal(rng, h)})
    elif variant == "batched":  # x, h, c [4,..]; weights unbatched
        a.update({"x_t": normal(rng, 4, d), "h_{t-1}": normal(rng, 4, h), "c_{t-1}": normal(rng, 4, h)})
    elif variant == "batched-mixed":  # x [2,3,d], h unbatched, c [3,h], W_i [3,h,d]
        a.update({"x_t": normal(rng, 2, 3, d), "h_{t-1}": normal(rng, h), "c_{t-1}": normal(rng, 3, h)})
        a["W_i"] = normal(rng, 3, h, d)
    else:
        raise KeyError(variant)
    return a


def large(rng, *shape):
    """Half the entries of magnitude 100 to 500 (either sign), the rest standard normal: the
    stable rewrites of SPEC 3.5 must keep these finite and accurate."""
    big = rng.uniform(100, 500, shape) * rng.choice([-1.0, 1.0], shape)
    return np.where(rng.random(shape) < 0.5, big, rng.standard_normal(shape)).astype(np.float32)


def vector_inputs(rng, variant):
    """One vector x: unbatched, batched, or with large-magnitude entries."""
    d = 7
    if variant == "large":
        return {"x": large(rng, 3, d)}
    shape = {"unbatched": (d,), "batched": (4, d), "batched-mixed": (2, 3, d)}[variant]
    return {"x": (3.0 * normal(rng, *shape)).astype(np.float32)}


def swish_inputs(rng, variant):
    d = 6
    if variant == "unbatched":
        return {"x": normal(rng, d), "\\beta": Num(float(np.float32(rng.uniform(0.5, 2.0))))}
    if variant == "batched":
        return {"x": normal(rng, 4, d), "\\beta": Num(float(np.float32(rng.uniform(0.5, 2.0))))}
    if variant == "batched-scalars":  # a per-row beta [4]
        return {"x": normal(rng, 4, d), "\\beta": uniform(rng, 0.5, 2.0, 4)}
    raise KeyError(variant)


def probabilities(rng, *shape):
    z = rng.standard_normal(shape)
    e = np.exp(z - z.max(-1, keepdims=True))
    return (e / e.sum(-1, keepdims=True)).astype(np.float32)


def log_softmax_inputs(rng, variant):
    c = 5
    if variant == "unbatched":
        return {"x": normal(rng, c), "y": probabilities(rng, c)}
    if variant == "batched":  # x [4,C], one target distribution
        return {"x": normal(rng, 4, c), "y": probabilities(rng, c)}
    if variant == "batched-mixed":  # x [2,3,C], y [3,C]
        return {"x": normal(rng, 2, 3, c), "y": probabilities(rng, 3, c)}
    if variant == "large":
        return {"x": large(rng, 4, c), "y": probabilities(rng, 4, c)}
    raise KeyError(variant)


def layer_norm_builtins_inputs(rng, variant):
    d = 8
    w = {"\\gamma": normal(rng, d), "\\beta": normal(rng, d)}
    if variant == "unbatched":
        return {"x": normal(rng, d), **w}
    if variant == "batched":
        return {"x": (3.0 * normal(rng, 4, d) + 5.0).astype(np.float32), **w}
    if variant == "batched-mixed":  # x [2,3,d], gamma [3,d]
        w["\\gamma"] = normal(rng, 3, d)
        return {"x": normal(rng, 2, 3, d), **w}
    raise KeyError(variant)


def energy_inputs(rng, variant):
    k = 6
    t = Num(float(np.float32(rng.uniform(0.5, 2.0))))
    if variant == "unbatched":
        return {"f": normal(rng, k), "T": t}
    if variant == "batched":
        return {"f": normal(rng, 4, k), "T": t}
    if variant == "batched-scalars":  # a per-row temperature [4]
        return {"f": normal(rng, 4, k), "T": uniform(rng, 0.5, 2.0, 4)}
    if variant == "large":
        return {"f": large(rng, 4, k), "T": Num(1.0)}
    raise KeyError(variant)


def layer_norm_inputs(rng, variant):
    h = 8
    w = {"g": normal(rng, h), "b": normal(rng, h)}
    if variant == "unbatched":
        return {"a": normal(rng, h), **w}
    if variant == "batched":  # a [4,H] away from zero mean; g, b unbatched
        return {"a": (3.0 * normal(rng, 4, h) + 5.0).astype(np.float32), **w}
    if variant == "batched-mixed":  # a [2,3,H], g [3,H], b unbatched
        w["g"] = normal(rng, 3, h)
        return {"a": normal(rng, 2, 3, h), **w}
    raise KeyError(variant)


def rms_norm_inputs(rng, variant):
    n = 6
    if variant == "unbatched":
        return {"a": normal(rng, n), "g": normal(rng, n)}
    if variant == "batched":  # a [4,n], g unbatched
        return {"a": (3.0 * normal(rng, 4, n)).astype(np.float32), "g": normal(rng, n)}
    if variant == "batched-mixed":  # a [2,3,n], g [3,n]
        return {"a": normal(rng, 2, 3, n), "g": normal(rng, 3, n)}
    raise KeyError(variant)


def one_hot(rng, rows, c):
    return np.eye(c, dtype=np.float32)[rng.integers(0, c, rows)]


def cross_entropy_inputs(rng, variant):
    c = 5
    if variant == "unbatched":
        return {"y": probabilities(rng, c), "\\hat{y}": probabilities(rng, c)}
    if variant == "batched":  # y_hat [4,C], one target distribution
        return {"y": probabilities(rng, c), "\\hat{y}": probabilities(rng, 4, c)}
    if variant == "batched-mixed":  # y_hat [2,3,C], y [3,C]
        return {"y": probabilities(rng, 3, c), "\\hat{y}": probabilities(rng, 2, 3, c)}
    if variant == "one-hot":  # hard targets [4,C]: most terms 0 * log y_hat
        return {"y": one_hot(rng, 4, c), "\\hat{y}": probabilities(rng, 4, c)}
    raise KeyError(variant)


def mse_inputs(rng, variant):
    n = 6
    if variant == "unbatched":
        return {"y": normal(rng, n), "\\hat{y}": normal(rng, n)}
    if variant == "batched":  # y_hat [4,n], one target
        return {"y": normal(rng, n), "\\hat{y}": normal(rng, 4, n)}
    if variant == "batched-mixed":  # y_hat [2,3,n], y [3,n]
        return {"y": normal(rng, 3, n), "\\hat{y}": normal(rng, 2, 3, n)}
    raise KeyError(variant)


def elu_inputs(rng, variant):
    d = 7
    if variant == "unbatched":
        return {"x": (2.0 * normal(rng, d)).astype(np.float32), "\\alpha": Num(1.0)}
    if variant == "batched":
        return {"x": (2.0 * normal(rng, 4, d)).astype(np.float32), "\\alpha": Num(0.5)}
    if variant == "batched-scalars":  # a per-row alpha [4]
        return {"x": (2.0 * normal(rng, 4, d)).astype(np.float32), "\\alpha": uniform(rng, 0.5, 2.0, 4)}
    if variant == "large":  # exp(x) overflows float for x > 88 in the branch not taken
        return {"x": large(rng, 3, d), "\\alpha": Num(1.0)}
    raise KeyError(variant)


def huber_inputs(rng, variant):
    n = 8
    if variant == "unbatched":
        return {"a": (2.0 * normal(rng, n)).astype(np.float32), "\\delta": Num(1.0)}
    if variant == "batched":
        return {"a": (2.0 * normal(rng, 4, n)).astype(np.float32), "\\delta": Num(0.5)}
    if variant == "batched-scalars":  # a per-row delta [4]
        return {"a": (2.0 * normal(rng, 4, n)).astype(np.float32), "\\delta": uniform(rng, 0.5, 2.0, 4)}
    raise KeyError(variant)


def dyadic_probabilities(rng, *shape):
    """Probability vectors of multiples of 2^-20, all positive: exact in float32 and summing to
    exactly 1, so that s = softmax(log s) holds in float64 too."""
    n, scale = shape[-1], 2 ** 20
    p = probabilities(rng, *shape).astype(np.float64).reshape(-1, n)
    counts = np.stack([rng.multinomial(scale - n, row / row.sum()) + 1 for row in p])
    return (counts / float(scale)).reshape(shape).astype(np.float32)


def softmax_jacobian_inputs(rng, variant):
    n = 5
    shape = {"unbatched": (n,), "batched": (4, n), "batched-mixed": (2, 3, n)}[variant]
    return {"s": dyadic_probabilities(rng, *shape)}


def active_fraction_inputs(rng, variant):
    """Standard normal with about a fifth of the entries exactly 0 (or -0): not active."""
    n = 8
    shape = {"unbatched": (n,), "batched": (4, n), "batched-mixed": (2, 3, n)}[variant]
    x = normal(rng, *shape)
    zeros = np.where(rng.random(shape) < 0.5, np.float32(0.0), np.float32(-0.0))
    return {"x": np.where(rng.random(shape) < 0.2, zeros, x).astype(np.float32)}


def shifted_large(rng, d):
    """Two rows c + N(0,1) with c of magnitude 100 to 500, one of each sign: no entry dominates, and
    without the max shift every e^x overflows (c > 0) or underflows to 0/0 (c < 0)."""
    c = rng.uniform(100, 500, (2, 1)) * np.array([[1.0], [-1.0]])
    return (c + rng.standard_normal((2, d))).astype(np.float32)


def reduction_inputs(rng, variant, sym):
    """One vector for a softmax-like reduction; `large` adds shifted_large rows to large()."""
    if variant == "large":
        return {sym: np.concatenate([large(rng, 3, 7), shifted_large(rng, 7)])}
    return {sym: vector_inputs(rng, variant)["x"]}


def softmax_inputs(rng, variant):
    return reduction_inputs(rng, variant, "z")


def logsumexp_inputs(rng, variant):
    return reduction_inputs(rng, variant, "x")


def bce_logits_inputs(rng, variant):
    n = 6
    if variant == "unbatched":  # soft targets
        return {"x": (3.0 * normal(rng, n)).astype(np.float32), "y": uniform(rng, 0.0, 1.0, n)}
    if variant == "batched":  # hard 0/1 targets [4,n]
        return {"x": (3.0 * normal(rng, 4, n)).astype(np.float32),
                "y": rng.integers(0, 2, (4, n)).astype(np.float32)}
    if variant == "batched-mixed":  # x [2,3,n], y [3,n]
        return {"x": (3.0 * normal(rng, 2, 3, n)).astype(np.float32), "y": uniform(rng, 0.0, 1.0, 3, n)}
    if variant == "large":  # |x| up to 500, half hard and half soft targets
        hard = rng.integers(0, 2, (4, n)).astype(np.float32)
        return {"x": large(rng, 4, n), "y": np.where(rng.random((4, n)) < 0.5, hard,
                                                     uniform(rng, 0.0, 1.0, 4, n)).astype(np.float32)}
    raise KeyError(variant)


def batch_norm_inputs(rng, variant):
    m, d = 6, 4
    w = {"\\gamma": normal(rng, d), "\\beta": normal(rng, d)}
    if variant == "unbatched":  # one mini-batch of m examples, features away from zero mean
        return {"x": (3.0 * normal(rng, m, d) + 5.0).astype(np.float32), **w}
    if variant == "batched":  # three mini-batches [3,m,d], each with its own statistics
        return {"x": normal(rng, 3, m, d), **w}
    if variant == "batched-mixed":  # x [2,3,m,d], gamma [3,d], beta unbatched
        w["\\gamma"] = normal(rng, 3, d)
        return {"x": normal(rng, 2, 3, m, d), **w}
    raise KeyError(variant)


def multi_head_attention_inputs(rng, variant):
    n, m, d_model, h = 3, 5, 6, 2
    d_k = d_v = d_model // h  # as in the paper, and as torch's MultiheadAttention requires
    w = {"W_i^Q": normal(rng, h, d_model, d_k), "W_i^K": normal(rng, h, d_model, d_k),
         "W_i^V": normal(rng, h, d_model, d_v), "W^O": normal(rng, h * d_v, d_model)}
    if variant == "unbatched":
        return {"Q": normal(rng, n, d_model), "K": normal(rng, m, d_model), "V": normal(rng, m, d_model), **w}
    if variant == "batched":  # Q, K, V [2, len, d_model]; weights unbatched
        return {"Q": normal(rng, 2, n, d_model), "K": normal(rng, 2, m, d_model), "V": normal(rng, 2, m, d_model), **w}
    raise KeyError(variant)


def positional_encoding_inputs(rng, variant):
    return {"dim:n": Num(7), "dim:d_{model}": Num(8)}


def rotary_inputs(rng, variant):
    d = 8
    if variant == "unbatched":
        return {"x": normal(rng, d), "m": Num(3), "dim:d": Num(d)}
    if variant == "batched":
        return {"x": normal(rng, 4, d), "m": Num(5), "dim:d": Num(d)}
    raise KeyError(variant)


def concat_heads_inputs(rng, variant):
    d_v, d_model = 3, 4
    w = {"W^O": normal(rng, 2 * d_v, d_model)}
    if variant == "unbatched":
        return {"a": normal(rng, d_v), "b": normal(rng, d_v), **w}
    if variant == "batched":  # a, b [4,d_v]; W^O unbatched
        return {"a": normal(rng, 4, d_v), "b": normal(rng, 4, d_v), **w}
    if variant == "batched-mixed":  # a [2,3,d_v], b unbatched, W^O [3,2d_v,d_model]
        w["W^O"] = normal(rng, 3, 2 * d_v, d_model)
        return {"a": normal(rng, 2, 3, d_v), "b": normal(rng, d_v), **w}
    raise KeyError(variant)


def cosine_similarity_inputs(rng, variant):
    d = 6
    if variant == "unbatched":
        return {"u": normal(rng, d), "v": normal(rng, d)}
    if variant == "batched":  # u [4,d], one v
        return {"u": normal(rng, 4, d), "v": normal(rng, d)}
    if variant == "batched-mixed":  # u [2,3,d], v [3,d]
        return {"u": normal(rng, 2, 3, d), "v": normal(rng, 3, d)}
    raise KeyError(variant)


def diag_scaling_inputs(rng, variant):
    d = 5
    if variant == "unbatched":
        return {"s": normal(rng, d), "x": normal(rng, d)}
    if variant == "batched":  # x [4,d], one s
        return {"s": normal(rng, d), "x": normal(rng, 4, d)}
    if variant == "batched-mixed":  # s [2,3,d], x [3,d]
        return {"s": normal(rng, 2, 3, d), "x": normal(rng, 3, d)}
    raise KeyError(variant)


def ffn_dims_inputs(rng, variant):
    dm = 3
    dff = 4 * dm  # the file states d_ff = 4 d_model; eqc checks it on entry
    w = {"W_1": normal(rng, dm, dff), "b_1": normal(rng, dff), "W_2": normal(rng, dff, dm), "b_2": normal(rng, dm)}
    if variant == "unbatched":
        return {"x": normal(rng, dm), **w}
    if variant == "batched":  # batched x, unbatched weights
        return {"x": normal(rng, 4, dm), **w}
    if variant == "batched-mixed":  # x [2,3,d], b_1 [3,d_ff], b_2 [2,1,d]
        w["b_1"] = normal(rng, 3, dff)
        w["b_2"] = normal(rng, 2, 1, dm)
        return {"x": normal(rng, 2, 3, dm), **w}
    raise KeyError(variant)


def gat_coefficients_inputs(rng, variant):
    n = 5
    if variant == "large":  # one matrix of large(), one of shifted_large rows (and a large() row)
        e1 = np.concatenate([shifted_large(rng, n), shifted_large(rng, n), large(rng, 1, n)])
        return {"e": np.stack([large(rng, n, n), e1]).astype(np.float32)}
    shape = {"unbatched": (n, n), "batched": (4, n, n), "batched-mixed": (2, 3, n, n)}[variant]
    return {"e": (2.0 * normal(rng, *shape)).astype(np.float32)}


def gat_scores_inputs(rng, variant):
    n, f = 4, 3
    if variant == "unbatched":
        return {"g": normal(rng, n, f), "a": normal(rng, 2 * f)}
    if variant == "batched":  # g [4,N,F], one a
        return {"g": normal(rng, 4, n, f), "a": normal(rng, 2 * f)}
    if variant == "batched-mixed":  # g [2,3,N,F], a [3,2F]
        return {"g": normal(rng, 2, 3, n, f), "a": normal(rng, 3, 2 * f)}
    raise KeyError(variant)


def trace_gram_inputs(rng, variant):
    m, n = 5, 3
    shape = {"unbatched": (m, n), "batched": (4, m, n), "batched-mixed": (2, 3, m, n)}[variant]
    return {"A": normal(rng, *shape)}


def variance_moments_inputs(rng, variant):
    """Mean 0.5, variance 1: E[X^2] - E[X]^2 cancels only mildly in float."""
    n = 8
    shape = {"unbatched": (n,), "batched": (4, n), "batched-mixed": (2, 3, n)}[variant]
    return {"X": (normal(rng, *shape) + 0.5).astype(np.float32)}


def weight_decay_inputs(rng, variant):
    d = 6
    lam = Num(float(np.float32(rng.uniform(0.01, 1.0))))
    if variant == "unbatched":
        return {"x": normal(rng, d), "w": normal(rng, d), "y": Num(float(np.float32(rng.standard_normal()))),
                "\\lambda": lam}
    if variant == "batched":  # x [4,d] with targets y [4]; one w
        return {"x": normal(rng, 4, d), "w": normal(rng, d), "y": normal(rng, 4), "\\lambda": lam}
    if variant == "batched-scalars":  # w [4,d], y a 0-d .npy, a per-row lambda [4]
        return {"x": normal(rng, d), "w": normal(rng, 4, d), "y": np.array(rng.standard_normal(), dtype=np.float32),
                "\\lambda": uniform(rng, 0.01, 1.0, 4)}
    if variant == "batched-mixed":  # x [2,3,d], w [3,d], y [2,3]
        return {"x": normal(rng, 2, 3, d), "w": normal(rng, 3, d), "y": normal(rng, 2, 3), "\\lambda": lam}
    raise KeyError(variant)


def entropy_bits_inputs(rng, variant):
    """Strictly positive distributions: the formula as written has no 0 log 0 = 0 convention
    (p_i = 0 gives 0 * -inf = NaN in eqc), so zero entries are left out."""
    n = 6
    if variant == "peaked":  # logits of scale 8: entries down to about 1e-20
        z = 8.0 * rng.standard_normal((4, n))
        e = np.exp(z - z.max(-1, keepdims=True))
        return {"p": (e / e.sum(-1, keepdims=True)).astype(np.float32)}
    shape = {"unbatched": (n,), "batched": (4, n), "batched-mixed": (2, 3, n)}[variant]
    return {"p": probabilities(rng, *shape)}


def quantize_inputs(rng, variant):
    d = 8
    if variant == "unbatched":  # step 1/4 (x/Delta exact), with some x exact multiples of the step
        x = (3.0 * normal(rng, d)).astype(np.float32)
        x[::3] = rng.integers(-12, 13, x[::3].shape) * 0.25
        return {"x": x, "\\Delta": Num(0.25)}
    if variant == "batched":
        return {"x": (3.0 * normal(rng, 4, d)).astype(np.float32),
                "\\Delta": Num(float(np.float32(rng.uniform(0.05, 0.5))))}
    if variant == "batched-scalars":  # a per-row step [4]
        return {"x": (3.0 * normal(rng, 4, d)).astype(np.float32), "\\Delta": uniform(rng, 0.05, 0.5, 4)}
    if variant == "batched-mixed":  # x [2,3,d], the step a 0-d .npy
        return {"x": (3.0 * normal(rng, 2, 3, d)).astype(np.float32),
                "\\Delta": np.array(rng.uniform(0.05, 0.5), dtype=np.float32)}
    raise KeyError(variant)


def gate_params(g):
    return ["x_t", "h_{t-1}", "W_" + g, "U_" + g, "b_" + g]


ADAM_ALL = ["\\theta_{t-1}", "g_t", "m_{t-1}", "v_{t-1}", "\\alpha", "\\beta_1", "\\beta_2", "t"]
LSTM_ALL = ["x_t", "h_{t-1}", "c_{t-1}"] + [p + g for p in ("W_", "U_", "b_") for g in "ifoc"]

# ---------------------------------------------------------------------------------------
# gradients: PyTorch autograd of a hand-written float64 loss
# ---------------------------------------------------------------------------------------
def autograd_grad(loss, a, core, wrt):
    """The gradient of a scalar loss by torch.autograd, per problem: every batch element is its
    own problem (docs/LANGUAGE-NOTES.md, "Gradients"), so each input is expanded to the common
    batch shape first and the gradient keeps the batch dimensions, as eqc's does."""
    batch = torch.broadcast_shapes(*[a[p].shape[:a[p].dim() - r] for p, r in core.items()])
    ex = {p: a[p].expand(*batch, *a[p].shape[a[p].dim() - r:]).clone() for p, r in core.items()}
    ex[wrt].requires_grad_(True)
    (g,) = torch.autograd.grad(loss(ex).sum(), ex[wrt])
    return g


def loss_least_squares(a):
    r = matvec(a["X"], a["w"]) - a["y"]
    return 0.5 / r.shape[-1] * (r ** 2).sum(-1)


def grad_least_squares(wrt):
    return lambda a: autograd_grad(loss_least_squares, a, {"X": 2, "w": 1, "y": 1}, wrt)


def xcheck_least_squares_w(a):
    """The closed form X^T r / n, per problem."""
    X = a["X"]
    r = matvec(X, a["w"]) - a["y"]
    return matvec(X.transpose(-1, -2), r) / X.shape[-2]


def loss_linear_regression(a):
    r = matvec(a["X"], a["w"]) - a["y"]
    return (r ** 2).mean(-1)


def grad_linear_regression(wrt):
    return lambda a: autograd_grad(loss_linear_regression, a, {"X": 2, "w": 1, "y": 1}, wrt)


def xcheck_linear_regression_w(a):
    """The closed form 2 X^T (X w - y) / n, per problem."""
    X = a["X"]
    return 2.0 * matvec(X.transpose(-1, -2), matvec(X, a["w"]) - a["y"]) / X.shape[-2]


def loss_softmax_cross_entropy(a):
    z = matvec(a["W"], a["x"]) + a["b"]
    return -(a["y"] * torch.log_softmax(z, dim=-1)).sum(-1)


def grad_softmax_cross_entropy(wrt):
    return lambda a: autograd_grad(loss_softmax_cross_entropy, a, {"x": 1, "W": 2, "b": 1, "y": 1}, wrt)


def xcheck_softmax_cross_entropy_b(a):
    """The closed form softmax(z) sum(y) - y."""
    z = matvec(a["W"], a["x"]) + a["b"]
    y = a["y"]
    return torch.softmax(z, dim=-1) * y.sum(-1, keepdim=True) - y


def loss_layer_norm(a):
    x = a["x"]
    mu = x.mean(-1, keepdim=True)
    var = x.var(-1, unbiased=False, keepdim=True)
    ln = a["\\gamma"] * (x - mu) / torch.sqrt(var + 1e-5) + a["\\beta"]
    h = matvec(a["W"], ln)
    return ((h - a["t"]) ** 2).mean(-1)


def grad_layer_norm(wrt):
    return lambda a: autograd_grad(loss_layer_norm, a, {"x": 1, "\\gamma": 1, "\\beta": 1, "W": 2, "t": 1}, wrt)


def xcheck_layer_norm_x(a):
    """autograd through F.layer_norm itself (unbatched gamma and beta only)."""
    if a["\\gamma"].dim() > 1:
        return None
    x = a["x"].clone().requires_grad_(True)
    ln = F.layer_norm(x, x.shape[-1:], a["\\gamma"], a["\\beta"], eps=1e-5)
    L = ((matvec(a["W"], ln) - a["t"]) ** 2).mean(-1)
    (g,) = torch.autograd.grad(L.sum(), x)
    return g


def least_squares_grad_inputs(rng, variant):
    n, d = 5, 3
    if variant == "unbatched":
        return {"X": normal(rng, n, d), "w": normal(rng, d), "y": normal(rng, n)}
    if variant == "batched":  # four problems sharing w
        return {"X": normal(rng, 4, n, d), "w": normal(rng, d), "y": normal(rng, 4, n)}
    if variant == "batched-mixed":  # X [2,3,n,d], w [3,d], y [n]
        return {"X": normal(rng, 2, 3, n, d), "w": normal(rng, 3, d), "y": normal(rng, n)}
    raise KeyError(variant)


def softmax_cross_entropy_grad_inputs(rng, variant):
    c, d = 6, 4
    if variant == "unbatched":
        return {"x": normal(rng, d), "W": normal(rng, c, d), "b": normal(rng, c), "y": probabilities(rng, c)}
    if variant == "batched":  # four examples, one classifier
        return {"x": normal(rng, 4, d), "W": normal(rng, c, d), "b": normal(rng, c), "y": probabilities(rng, 4, c)}
    if variant == "large":  # logits in the hundreds: a naive softmax gradient overflows
        return {"x": normal(rng, 4, d), "W": (100.0 * normal(rng, c, d)).astype(np.float32), "b": normal(rng, c),
                "y": probabilities(rng, 4, c)}
    raise KeyError(variant)


def layer_norm_loss_grad_inputs(rng, variant):
    d, m = 8, 3
    w = {"\\gamma": normal(rng, d), "\\beta": normal(rng, d), "W": normal(rng, m, d), "t": normal(rng, m)}
    if variant == "unbatched":
        return {"x": normal(rng, d), **w}
    if variant == "batched":
        return {"x": (3.0 * normal(rng, 4, d) + 5.0).astype(np.float32), **w}
    if variant == "batched-mixed":  # x [2,3,d], gamma [3,d]
        w["\\gamma"] = normal(rng, 3, d)
        return {"x": normal(rng, 2, 3, d), **w}
    raise KeyError(variant)


# LaTeX symbol -> Java name (used in some variants to exercise both spellings)
JAVA_NAMES = {"\\theta_{t-1}": "theta_t1", "m_{t-1}": "m_t1", "v_{t-1}": "v_t1", "\\alpha": "alpha",
              "\\beta_1": "beta_1", "\\beta_2": "beta_2", "h_{t-1}": "h_t1", "c_{t-1}": "c_t1",
              "\\beta": "beta", "\\gamma": "gamma", "\\hat{y}": "y_hat", "\\delta": "delta",
              "W^O": "W_O", "\\lambda": "lambda", "\\Delta": "Delta",
              "W_i^Q": "W_Q", "W_i^K": "W_K", "W_i^V": "W_V"}

EXAMPLES = {
    "attention": dict(inputs=attention_inputs, variants=["unbatched", "batched", "batched-mixed"],
                      fns=[Fn("\\mathrm{Attention}", "attention", ["Q", "K", "V"], ref_attention)]),
    "ffn": dict(inputs=ffn_inputs, variants=["unbatched", "batched", "batched-mixed"],
                fns=[Fn("\\mathrm{FFN}", "ffn", ["x", "W_1", "b_1", "W_2", "b_2"], ref_ffn)]),
    "gelu": dict(inputs=gelu_inputs, variants=["unbatched", "batched", "batched-mixed"],
                 fns=[Fn("\\mathrm{GELU}", "gelu", ["x"], ref_gelu, xcheck_gelu, "F.gelu(tanh)")]),
    "linear": dict(inputs=linear_inputs, variants=["unbatched", "batched", "batched-mixed"],
                   fns=[Fn("y", "y", ["x", "A", "b"], ref_linear, xcheck_linear, "F.linear")]),
    "adam": dict(inputs=adam_inputs, variants=["unbatched", "batched", "batched-scalars"],
                 fns=[Fn("m_t", "m_t", ["g_t", "m_{t-1}", "\\beta_1"], adam_m),
                      Fn("v_t", "v_t", ["g_t", "v_{t-1}", "\\beta_2"], adam_v),
                      Fn("\\hat{m}_t", "m_hat_t", ["g_t", "m_{t-1}", "\\beta_1", "t"], adam_mhat),
                      Fn("\\hat{v}_t", "v_hat_t", ["g_t", "v_{t-1}", "\\beta_2", "t"], adam_vhat),
                      Fn("\\theta_t", "theta_t", ADAM_ALL, adam_theta, xcheck_adam_theta, "optim.Adam")]),
    "lstm_cell": dict(inputs=lstm_inputs, variants=["unbatched", "batched", "batched-mixed"],
                      fns=[Fn("i_t", "i_t", gate_params("i"), lstm_i),
                           Fn("f_t", "f_t", gate_params("f"), lstm_f),
                           Fn("o_t", "o_t", gate_params("o"), lstm_o),
                           Fn("\\tilde{c}_t", "c_tilde_t", gate_params("c"), lstm_ctilde),
                           Fn("c_t", "c_t", [p for p in LSTM_ALL if p not in ("W_o", "U_o", "b_o")], lstm_c,
                              xcheck_lstm_c, "nn.LSTMCell"),
                           Fn("h_t", "h_t", LSTM_ALL, lstm_h, xcheck_lstm_h, "nn.LSTMCell")]),
    "gelu_exact": dict(inputs=vector_inputs, variants=["unbatched", "batched", "batched-mixed"],
                       fns=[Fn("\\mathrm{GELU}", "gelu", ["x"], ref_gelu_exact, xcheck_gelu_exact, "F.gelu"),
                            Fn("\\mathrm{GELU}_{erf}", "gELU_erf", ["x"], ref_gelu_erf, xcheck_gelu_exact,
                               "F.gelu")]),
    "softplus": dict(inputs=vector_inputs, variants=["unbatched", "batched", "large"],
                     fns=[Fn("\\zeta", "zeta", ["x"], ref_softplus, xcheck_softplus, "F.softplus"),
                          Fn("\\mathrm{Mish}", "mish", ["x"], ref_mish, xcheck_mish, "F.mish")]),
    "swish": dict(inputs=swish_inputs, variants=["unbatched", "batched", "batched-scalars"],
                  fns=[Fn("f", "f", ["x", "\\beta"], ref_swish, xcheck_swish, "F.silu(bx)/b")]),
    "log_softmax": dict(inputs=log_softmax_inputs, variants=["unbatched", "batched", "batched-mixed", "large"],
                        fns=[Fn("\\mathrm{logp}", "logp", ["x"], ref_log_softmax, xcheck_log_softmax,
                                "F.log_softmax"),
                             Fn("\\ell", "ell", ["x", "y"], ref_soft_cross_entropy, xcheck_soft_cross_entropy,
                                "F.cross_entropy")]),
    "layer_norm_builtins": dict(inputs=layer_norm_builtins_inputs, variants=["unbatched", "batched", "batched-mixed"],
                                fns=[Fn("\\mathrm{LN}", "ln", ["x", "\\gamma", "\\beta"], ref_layer_norm_builtins,
                                        xcheck_layer_norm_builtins, "F.layer_norm")]),
    "energy_score": dict(inputs=energy_inputs, variants=["unbatched", "batched", "batched-scalars", "large"],
                         fns=[Fn("E", "e", ["f", "T"], ref_energy)]),
    "layer_norm": dict(inputs=layer_norm_inputs, variants=["unbatched", "batched", "batched-mixed"],
                       fns=[Fn("\\mu", "mu", ["a"], ln_mu),
                            Fn("\\sigma", "sigma", ["a"], ln_sigma, xcheck_ln_sigma, "torch.var"),
                            Fn("h", "h", ["a", "g", "b"], ln_h, xcheck_ln_h, "F.layer_norm")]),
    "rms_norm": dict(inputs=rms_norm_inputs, variants=["unbatched", "batched", "batched-mixed"],
                     fns=[Fn("\\mathrm{RMS}", "rms", ["a"], ref_rms, xcheck_rms, "linalg.vector_norm"),
                          Fn("\\bar{a}", "a_bar", ["a", "g"], ref_rms_norm, xcheck_rms_norm, "F.normalize")]),
    "cross_entropy": dict(inputs=cross_entropy_inputs, variants=["unbatched", "batched", "batched-mixed", "one-hot"],
                          fns=[Fn("L", "l", ["y", "\\hat{y}"], ref_cross_entropy, xcheck_cross_entropy,
                                  "F.cross_entropy")]),
    "mse": dict(inputs=mse_inputs, variants=["unbatched", "batched", "batched-mixed"],
                fns=[Fn("\\mathrm{MSE}", "mse", ["y", "\\hat{y}"], ref_mse, xcheck_mse, "F.mse_loss")]),
    "elu": dict(inputs=elu_inputs, variants=["unbatched", "batched", "batched-scalars", "large"],
                fns=[Fn("\\mathrm{ELU}", "elu", ["x", "\\alpha"], ref_elu, xcheck_elu, "F.elu")]),
    "huber": dict(inputs=huber_inputs, variants=["unbatched", "batched", "batched-scalars"],
                  fns=[Fn("L_\\delta", "l_delta", ["a", "\\delta"], ref_huber, xcheck_huber, "F.huber_loss")]),
    "softmax_jacobian": dict(inputs=softmax_jacobian_inputs, variants=["unbatched", "batched", "batched-mixed"],
                             fns=[Fn("J", "j", ["s"], ref_softmax_jacobian, xcheck_softmax_jacobian,
                                     "autograd.jacobian")]),
    "active_fraction": dict(inputs=active_fraction_inputs, variants=["unbatched", "batched", "batched-mixed"],
                            fns=[Fn("p", "p", ["x"], ref_active_fraction, xcheck_active_fraction,
                                    "torch.heaviside")]),
    "softmax": dict(inputs=softmax_inputs, variants=["unbatched", "batched", "batched-mixed", "large"],
                    fns=[Fn("\\mathrm{softmax}", "softmax", ["z"], ref_softmax, xcheck_softmax, "F.softmax")]),
    "logsumexp": dict(inputs=logsumexp_inputs, variants=["unbatched", "batched", "batched-mixed", "large"],
                      fns=[Fn("\\mathrm{LSE}", "lse", ["x"], ref_lse, xcheck_lse, "torch.logsumexp")]),
    "bce_logits": dict(inputs=bce_logits_inputs, variants=["unbatched", "batched", "batched-mixed", "large"],
                       fns=[Fn("\\ell", "ell", ["x", "y"], ref_bce_logits, xcheck_bce_logits,
                               "F.binary_cross_entropy_with_logits")]),
    "attention_axis": dict(inputs=attention_inputs, variants=["unbatched", "batched", "batched-mixed"],
                           fns=[Fn("\\mathop{Attention}", "attention", ["Q", "K", "V"], ref_attention)]),
    # (torch 1.13 has no F.scaled_dot_product_attention to cross-check against)
    "batch_norm": dict(inputs=batch_norm_inputs, variants=["unbatched", "batched", "batched-mixed"],
                       fns=[Fn("\\mu_B", "mu_B", ["x"], ref_batch_norm_mu),
                            Fn("\\sigma_B^2", "sigma_B_2", ["x"], ref_batch_norm_var, xcheck_batch_norm_var,
                               "torch.var"),
                            Fn("\\hat{x}", "x_hat", ["x"], ref_batch_norm_xhat, xcheck_batch_norm_xhat,
                               "F.batch_norm"),
                            Fn("y", "y", ["x", "\\gamma", "\\beta"], ref_batch_norm_y, xcheck_batch_norm_y,
                               "F.batch_norm")]),
    "multi_head_attention": dict(inputs=multi_head_attention_inputs, variants=["unbatched", "batched"],
                                 fns=[Fn("\\mathrm{MultiHead}", "multiHead",
                                         ["Q", "K", "V", "W_i^Q", "W_i^K", "W_i^V", "W^O"], ref_multi_head_attention,
                                         xcheck_multi_head_attention, "F.multi_head_attention_forward")]),
    "positional_encoding": dict(inputs=positional_encoding_inputs, variants=["unbatched"],
                                fns=[Fn("PE", "PE", ["dim:n", "dim:d_{model}"], ref_positional_encoding)]),
    "rotary": dict(inputs=rotary_inputs, variants=["unbatched", "batched"],
                   fns=[Fn("\\theta", "theta", ["dim:d"], ref_rotary_theta),
                        Fn("y", "y", ["x", "m"], ref_rotary, xcheck_rotary, "torch.view_as_complex")]),
    "concat_heads": dict(inputs=concat_heads_inputs, variants=["unbatched", "batched", "batched-mixed"],
                         fns=[Fn("o", "o", ["a", "b", "W^O"], ref_concat_heads, xcheck_concat_heads, "F.linear")]),
    "cosine_similarity": dict(inputs=cosine_similarity_inputs, variants=["unbatched", "batched", "batched-mixed"],
                              fns=[Fn("S_C", "s_C", ["u", "v"], ref_cosine_similarity, xcheck_cosine_similarity,
                                      "F.cosine_similarity")]),
    "diag_scaling": dict(inputs=diag_scaling_inputs, variants=["unbatched", "batched", "batched-mixed"],
                         fns=[Fn("y", "y", ["s", "x"], ref_diag_scaling, xcheck_diag_scaling, "torch.diag")]),
    "ffn_dims": dict(inputs=ffn_dims_inputs, variants=["unbatched", "batched", "batched-mixed"],
                     fns=[Fn("h", "h", ["x", "W_1", "b_1"], ref_ffn_h, xcheck_ffn_h, "F.linear"),
                          Fn("\\mathrm{FFN}", "ffn", ["x", "W_1", "b_1", "W_2", "b_2"], ref_ffn, xcheck_ffn,
                             "F.linear")]),
    "gat_coefficients": dict(inputs=gat_coefficients_inputs,
                             variants=["unbatched", "batched", "batched-mixed", "large"],
                             fns=[Fn("\\alpha", "alpha", ["e"], ref_gat_coefficients, xcheck_gat_coefficients,
                                     "F.softmax")]),
    "gat_scores": dict(inputs=gat_scores_inputs, variants=["unbatched", "batched", "batched-mixed"],
                       fns=[Fn("e", "e", ["g", "a"], ref_gat_scores, xcheck_gat_scores, "F.leaky_relu")]),
    "leaky_relu": dict(inputs=vector_inputs, variants=["unbatched", "batched", "batched-mixed", "large"],
                       fns=[Fn("f", "f", ["x"], ref_leaky_relu, xcheck_leaky_relu, "F.leaky_relu"),
                            Fn("g", "g", ["x"], ref_leaky_relu, xcheck_leaky_relu, "F.leaky_relu")]),
    "trace_gram": dict(inputs=trace_gram_inputs, variants=["unbatched", "batched", "batched-mixed"],
                       fns=[Fn("F", "f", ["A"], ref_trace_gram, xcheck_trace_gram, "linalg.matrix_norm")]),
    "variance_moments": dict(inputs=variance_moments_inputs, variants=["unbatched", "batched", "batched-mixed"],
                             fns=[Fn("Var", "var", ["X"], ref_variance_moments, xcheck_variance_moments,
                                     "torch.var")]),
    "weight_decay": dict(inputs=weight_decay_inputs,
                         variants=["unbatched", "batched", "batched-scalars", "batched-mixed"],
                         fns=[Fn("L", "l", ["x", "w", "y", "\\lambda"], ref_weight_decay, xcheck_weight_decay,
                                 "F.mse_loss")]),
    "entropy_bits": dict(inputs=entropy_bits_inputs, variants=["unbatched", "batched", "batched-mixed", "peaked"],
                         fns=[Fn("H", "h", ["p"], ref_entropy_bits, xcheck_entropy_bits, "special.entr")]),
    "quantize": dict(inputs=quantize_inputs, variants=["unbatched", "batched", "batched-scalars", "batched-mixed"],
                     fns=[Fn("q_{down}", "q_down", ["x", "\\Delta"], ref_q_down, xcheck_q_down, "div(floor)"),
                          Fn("q_{up}", "q_up", ["x", "\\Delta"], ref_q_up, xcheck_q_up, "div(floor)")]),
    "least_squares_grad": dict(inputs=least_squares_grad_inputs, variants=["unbatched", "batched", "batched-mixed"],
                               fns=[Fn("g_w", "g_w", ["X", "w", "y"], grad_least_squares("w"),
                                       xcheck_least_squares_w, "closed form"),
                                    Fn("g_X", "g_X", ["X", "w", "y"], grad_least_squares("X"))]),
    "linear_regression_grad": dict(inputs=least_squares_grad_inputs, variants=["unbatched", "batched", "batched-mixed"],
                                   fns=[Fn("g_w", "g_w", ["X", "w", "y"], grad_linear_regression("w"),
                                           xcheck_linear_regression_w, "closed form")]),
    "softmax_cross_entropy_grad": dict(inputs=softmax_cross_entropy_grad_inputs,
                                       variants=["unbatched", "batched", "large"],
                                       fns=[Fn("g_W", "g_W", ["x", "W", "b", "y"], grad_softmax_cross_entropy("W")),
                                            Fn("g_b", "g_b", ["x", "W", "b", "y"], grad_softmax_cross_entropy("b"),
                                               xcheck_softmax_cross_entropy_b, "closed form"),
                                            Fn("g_x", "g_x", ["x", "W", "b", "y"], grad_softmax_cross_entropy("x"))]),
    "layer_norm_loss_grad": dict(inputs=layer_norm_loss_grad_inputs,
                                 variants=["unbatched", "batched", "batched-mixed"],
                                 fns=[Fn("g_x", "g_x", ["x", "\\gamma", "\\beta", "W", "t"], grad_layer_norm("x"),
                                         xcheck_layer_norm_x, "F.layer_norm"),
                                      Fn("g_\\gamma", "g_gamma", ["x", "\\gamma", "\\beta", "W", "t"],
                                         grad_layer_norm("\\gamma")),
                                      Fn("g_\\beta", "g_beta", ["x", "\\gamma", "\\beta", "W", "t"],
                                         grad_layer_norm("\\beta")),
                                      Fn("g_W", "g_W", ["x", "\\gamma", "\\beta", "W", "t"], grad_layer_norm("W"))]),
}


# ---------------------------------------------------------------------------------------
# running eqc and comparing
# ---------------------------------------------------------------------------------------
def safe(name):
    return re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_") or "x"


def run_eqc(eq, fn, args, is_last, variant, precision, workdir, tag):
    """Returns (array or None, command list, error text)."""
    java_spelling = variant != "unbatched"  # batched variants use Java names; unbatched LaTeX names
    cmd = [EQC, "run", eq]
    if not is_last or precision == "double":
        cmd.append("--function=" + (fn.java if java_spelling else fn.latex))
    # (the last definition is run without --function in float: exercises the default)
    if precision == "double":
        cmd.append("--precision=double")
    for sym in fn.params:
        v = args[sym]
        if sym.startswith("dim:"):  # a size no input gives (PE's n, d_model): --dim
            cmd.append("--dim=%s=%s" % (sym[4:], v.cli()))
            continue
        name = JAVA_NAMES.get(sym, sym) if java_spelling else sym
        if isinstance(v, Num):
            cmd.append("--input=%s=%s" % (name, v.cli()))
        else:
            path = os.path.join(workdir, "%s_%s.npy" % (tag, safe(sym)))
            np.save(path, v)
            cmd.append("--input=%s=%s" % (name, path))
    out = os.path.join(workdir, "%s_out_%s_%s.npy" % (tag, safe(fn.java), precision))
    cmd.append("--output=" + out)
    err = ""
    for attempt in range(2):  # one retry: the launcher may rebuild while others edit sources
        try:
            p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            return None, cmd, "timeout"
        err = "\n".join(l for l in p.stderr.splitlines() if "building" not in l).strip()
        if p.returncode == 0:
            break
        if "build failed" not in p.stderr:
            return None, cmd, "exit %d: %s" % (p.returncode, err or p.stdout.strip())
    else:
        return None, cmd, "exit %d: %s" % (p.returncode, err)
    try:
        return np.load(out), cmd, err
    except Exception as e:  # noqa: BLE001
        return None, cmd, "cannot read output: %s" % e


def compare(actual, expected, rtol, atol):
    """(ok, max_abs, max_rel, note)"""
    e = expected.detach().numpy()
    if actual.shape != e.shape:
        return False, float("nan"), float("nan"), "shape %s != expected %s" % (list(actual.shape), list(e.shape))
    a = actual.astype(np.float64)
    if not np.all(np.isfinite(a)):
        return False, float("nan"), float("nan"), "non-finite values in output"
    diff = np.abs(a - e)
    max_abs = float(diff.max()) if diff.size else 0.0
    rel = diff / np.maximum(np.abs(e), np.finfo(np.float64).tiny)
    max_rel = float(rel.max()) if rel.size else 0.0
    ok = bool(np.all(diff <= rtol * np.abs(e) + atol))
    note = ""
    if not ok:
        i = np.unravel_index(np.argmax(diff - (rtol * np.abs(e) + atol)), diff.shape)
        note = "worst at %s: got %.9g expected %.9g" % (list(i), a[i], e[i])
    return ok, max_abs, max_rel, note


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="example names (file stems) to run")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory of .npy files")
    ap.add_argument("--no-double", action="store_true", help="skip the --precision double rows")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every eqc command")
    opts = ap.parse_args()

    files = sorted(f for f in os.listdir(EXAMPLES_DIR) if f.endswith(".eq")) if os.path.isdir(EXAMPLES_DIR) else []
    if not files:
        print("no examples/*.eq found under %s" % ROOT, file=sys.stderr)
        return 2
    workdir = tempfile.mkdtemp(prefix="eqc_compare_torch_")
    print("eqc vs PyTorch %s (float64 references), numpy %s, seed %d" % (torch.__version__, np.__version__, SEED))
    print("rule: |a-e| <= %g*|e| + %g (float);  <= %g*|e| + %g (double);  xcheck: hand ref vs torch library <= %g"
          % (RTOL, ATOL, RTOL_D, ATOL_D, XCHECK_TOL))
    print()
    hdr = "%-19s %-13s %-15s %-6s %-44s %-12s %-10s %-10s %-19s %s" % (
        "example", "function", "variant", "prec", "input shapes", "out shape", "max_abs", "max_rel", "xcheck", "result")
    print(hdr)
    print("-" * len(hdr))
    rows, failures, skips = 0, [], []
    for f in files:
        stem = f[:-3]
        eq = os.path.join(EXAMPLES_DIR, f)
        if opts.only and stem not in opts.only:
            continue
        ex = EXAMPLES.get(stem)
        if ex is None:
            reason = "no PyTorch reference for this example in scripts/compare_torch.py"
            print("%-19s %-13s %-15s %-6s %s" % (stem, "-", "-", "-", "SKIP (%s)" % reason))
            skips.append((stem, reason))
            continue
        for vi, variant in enumerate(ex["variants"]):
            rng = np.random.default_rng([SEED, hash_str(stem), vi])
            args = ex["inputs"](rng, variant)
            targs = {k: to_torch(v) for k, v in args.items()}
            precisions = ["float"] + (["double"] if variant == "unbatched" and not opts.no_double else [])
            for fi, fn in enumerate(ex["fns"]):
                is_last = fi == len(ex["fns"]) - 1
                try:
                    expected = fn.ref(targs)
                except Exception as e:  # noqa: BLE001 -- a bug in this script, not in eqc
                    print("%-19s %-13s %-15s reference error: %s" % (stem, fn.java, variant, e))
                    failures.append((stem, fn.latex, variant, "PyTorch reference raised %r" % e))
                    continue
                xc, xbad = "-", False
                if fn.xcheck is not None:
                    try:
                        lib = fn.xcheck(targs)
                    except Exception as e:  # noqa: BLE001
                        lib = None
                        failures.append((stem, fn.latex, variant, "%s cross-check raised %r" % (fn.xname, e)))
                    if lib is None:
                        xc = "n/a"
                    else:
                        xd = float((lib - expected).abs().max())
                        xc = "%s %s" % ("ok" if xd <= XCHECK_TOL else "BAD", "%.0e" % xd)
                        if xd > XCHECK_TOL:
                            xbad = True
                            failures.append((stem, fn.latex, variant, "reference mismatch vs %s: %g" % (fn.xname, xd)))
                shapes = " ".join("%s%s" % (JAVA_NAMES.get(p, p).lstrip("\\"), shape_str(args[p])) for p in fn.params
                                  if not isinstance(args[p], Num) and np.ndim(args[p]) > 0) or "-"
                for prec in precisions:
                    tag = "%s_%s_%s" % (stem, variant, prec)
                    actual, cmd, err = run_eqc(eq, fn, args, is_last, variant, prec, workdir, tag)
                    if opts.verbose:
                        print("   $ " + " ".join(shlex_quote(c) for c in cmd))
                    rows += 1
                    if actual is None:
                        ok, ma, mr, note, oshape = False, float("nan"), float("nan"), err, "-"
                    else:
                        rt, at = (RTOL_D, ATOL_D) if prec == "double" else (RTOL, ATOL)
                        ok, ma, mr, note = compare(actual, expected, rt, at)
                        oshape = "[" + ",".join(map(str, actual.shape)) + "]"
                        if prec == "double" and actual.dtype != np.float64:
                            ok, note = False, "double run wrote %s" % actual.dtype
                        if prec == "float" and actual.dtype != np.float32:
                            ok, note = False, "float run wrote %s" % actual.dtype
                    shown = shapes if len(shapes) <= 44 else shapes[:41] + "..."
                    print("%-19s %-13s %-15s %-6s %-44s %-12s %-10.3g %-10.3g %-19s %s" % (
                        stem, fn.java, variant, prec, shown, oshape, ma, mr, xc,
                        "PASS" if ok and not xbad else "FAIL" + (" (reference)" if ok else "")))
                    if not ok:
                        failures.append((stem, fn.latex, variant + "/" + prec,
                                         note + "\n      $ " + " ".join(shlex_quote(c) for c in cmd)))
    print()
    print("%d rows, %d failed, %d examples skipped" % (rows, len(failures), len(skips)))
    for stem, fn, variant, note in failures:
        print("FAIL %s %s %s: %s" % (stem, fn, variant, note))
    if opts.keep or failures:
        print("inputs and outputs kept in %s" % workdir)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failures else 0


def hash_str(s):
    return sum((i + 1) * ord(c) for i, c in enumerate(s))  # stable across runs (unlike hash())


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


if __name__ == "__main__":
    sys.exit(main())
