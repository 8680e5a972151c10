"""Hand-written float64 PyTorch references for papers/*.eq (used by scripts/paper_check.py).

One `Case` per .eq file: how to make its inputs (seeded, respecting each input's domain), and for
every definition that is checked, a reference written from the paper (not from eqc's output).
Where PyTorch has a library version of the same computation, an independent cross-check is given
as well (`xcheck`), so that a wrong reference shows up before it sends anyone chasing a ghost.

Conventions
- Inputs are generated as float32 (what `eqc run` reads by default) and the references compute in
  float64 from exactly those float32 values.
- Scalars are passed on the command line as numbers (`Num`); integer scalars as whole numbers.
- Labels and indices that the paper counts from 1 are passed counted from 0, as a Python user
  holds them (PyTorch's class indices). Files that index by a label say so in their comment.
- A reference receives a dict of the inputs keyed by the LaTeX symbol used in the file
  (torch.float64 tensors; Num inputs as Python numbers).
"""
import math

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)


class Num:
    """A scalar passed on the command line (--input SYM=3)."""

    def __init__(self, value):
        self.value = value

    def cli(self):
        if isinstance(self.value, int):
            return str(self.value)
        return repr(float(self.value))


class Def:
    """One checked definition: the name given to --function (None: the file's default, the last
    definition), its reference, and optionally a library cross-check (fn, label, tolerance)."""

    def __init__(self, function, ref, xcheck=None, xlabel="", xtol=1e-10):
        self.function = function
        self.ref = ref
        self.xcheck = xcheck
        self.xlabel = xlabel
        self.xtol = xtol


class Case:
    def __init__(self, inputs, defs, variants=("core",), dims=None, ambiguous=False, note=""):
        self.inputs = inputs          # f(rng, variant) -> {symbol: np.ndarray float32 | Num}
        self.defs = defs              # [Def]
        self.variants = list(variants)
        self.dims = dims or {}        # {dimension: size} for sizes no input gives (--dim)
        self.ambiguous = ambiguous    # notation is truly ambiguous: a warning is acceptable
        self.note = note


CASES = {}


def case(name, inputs, defs, **kw):
    CASES[name] = Case(inputs, defs, **kw)


# ------------------------------------------------------------------------------------------
# input helpers
# ------------------------------------------------------------------------------------------
def N(rng, *shape, scale=1.0):
    return (scale * rng.standard_normal(shape)).astype(np.float32)


def U(rng, lo, hi, *shape):
    return rng.uniform(lo, hi, shape).astype(np.float32)


def S(x):
    """A scalar drawn as float32 and passed as a number."""
    return Num(float(np.float32(x)))


def probs(rng, *shape):
    p = rng.uniform(0.1, 1.0, shape)
    p = p / p.sum(axis=-1, keepdims=True)
    return p.astype(np.float32)


def onehot(k, n):
    v = np.zeros(n, dtype=np.float32)
    v[k] = 1
    return v


def adjacency(rng, n, self_loops):
    a = (rng.uniform(0, 1, (n, n)) < 0.45).astype(np.float32)
    a = np.triu(a, 1)
    a = a + a.T
    for i in range(n):  # no isolated nodes
        if a[i].sum() == 0:
            j = (i + 1) % n
            a[i, j] = a[j, i] = 1
    if self_loops:
        a = a + np.eye(n, dtype=np.float32)
    return a.astype(np.float32)


def dot(u, v):
    return (u * v).sum(-1)


def norm(x):
    return torch.sqrt((x * x).sum(-1))


def grad_of(fn, x):
    x = x.clone().requires_grad_(True)
    y = fn(x)
    (g,) = torch.autograd.grad(y, x)
    return g.detach()


# ==========================================================================================
# Optimisers
# ==========================================================================================
def _rmsprop_ruder_in(rng, v):
    return {"g_t": N(rng, 6), "\\theta_t": N(rng, 6), "E[g^2]_{t-1}": U(rng, 0.1, 1.0, 6), "\\eta": S(0.01)}


def _rmsprop_ruder_E(a):
    return 0.9 * a["E[g^2]_{t-1}"] + 0.1 * a["g_t"] ** 2


def _rmsprop_ruder_theta(a):
    return a["\\theta_t"] - a["\\eta"] / torch.sqrt(_rmsprop_ruder_E(a) + 1e-8) * a["g_t"]


def _rmsprop_ruder_x(a):
    p = torch.nn.Parameter(a["\\theta_t"].clone())
    opt = torch.optim.RMSprop([p], lr=a["\\eta"], alpha=0.9, eps=0.0)
    opt.state[p] = {"step": 0, "square_avg": a["E[g^2]_{t-1}"].clone()}
    p.grad = a["g_t"].clone()
    opt.step()
    return p.detach()  # eps = 0 here (torch adds it outside the root): hence the looser tolerance


case("rmsprop_ruder", _rmsprop_ruder_in, [
    Def("E[g^2]_t", _rmsprop_ruder_E),
    Def("\\theta_{t+1}", _rmsprop_ruder_theta, _rmsprop_ruder_x, "optim.RMSprop", 1e-7),
])


def _rmsprop_dl_in(rng, v):
    return {"g": N(rng, 6), "r": U(rng, 0.1, 1.0, 6), "\\theta": N(rng, 6), "\\epsilon": S(0.01), "\\rho": S(0.9)}


def _rmsprop_dl_r(a):
    return a["\\rho"] * a["r"] + (1 - a["\\rho"]) * a["g"] * a["g"]


def _rmsprop_dl_dtheta(a):
    return -a["\\epsilon"] / torch.sqrt(1e-6 + _rmsprop_dl_r(a)) * a["g"]


def _rmsprop_dl_theta(a):
    return a["\\theta"] + _rmsprop_dl_dtheta(a)


def _rmsprop_dl_x(a):
    p = torch.nn.Parameter(a["\\theta"].clone())
    opt = torch.optim.RMSprop([p], lr=a["\\epsilon"], alpha=a["\\rho"], eps=0.0)
    opt.state[p] = {"step": 0, "square_avg": a["r"].clone()}
    p.grad = a["g"].clone()
    opt.step()
    return p.detach()


case("rmsprop_dlbook", _rmsprop_dl_in, [
    Def("r", _rmsprop_dl_r),
    Def("\\Delta\\theta", _rmsprop_dl_dtheta),
    Def("\\theta", _rmsprop_dl_theta, _rmsprop_dl_x, "optim.RMSprop", 1e-6),
])


def _adadelta_in(rng, v):
    return {"g_t": N(rng, 6), "x_t": N(rng, 6), "E[g^2]_{t-1}": U(rng, 0.1, 1.0, 6),
            "E[\\Delta x^2]_{t-1}": U(rng, 0.01, 0.5, 6), "\\rho": S(0.95)}


def _adadelta_Eg(a):
    return a["\\rho"] * a["E[g^2]_{t-1}"] + (1 - a["\\rho"]) * a["g_t"] ** 2


def _adadelta_dx(a):
    rms_dx = torch.sqrt(a["E[\\Delta x^2]_{t-1}"] + 1e-6)
    rms_g = torch.sqrt(_adadelta_Eg(a) + 1e-6)
    return -rms_dx / rms_g * a["g_t"]


def _adadelta_Edx(a):
    return a["\\rho"] * a["E[\\Delta x^2]_{t-1}"] + (1 - a["\\rho"]) * _adadelta_dx(a) ** 2


def _adadelta_x(a):
    return a["x_t"] + _adadelta_dx(a)


def _adadelta_xcheck(a):
    p = torch.nn.Parameter(a["x_t"].clone())
    opt = torch.optim.Adadelta([p], lr=1.0, rho=a["\\rho"], eps=1e-6)
    opt.state[p] = {"step": 0, "square_avg": a["E[g^2]_{t-1}"].clone(),
                    "acc_delta": a["E[\\Delta x^2]_{t-1}"].clone()}
    p.grad = a["g_t"].clone()
    opt.step()
    return p.detach()


case("adadelta", _adadelta_in, [
    Def("E[g^2]_t", _adadelta_Eg),
    Def("\\Delta x_t", _adadelta_dx),
    Def("E[\\Delta x^2]_t", _adadelta_Edx),
    Def("x_{t+1}", _adadelta_x, _adadelta_xcheck, "optim.Adadelta"),
])


def _adafactor_f_in(rng, v):
    return {"G_t": N(rng, 4, 3), "R_{t-1}": U(rng, 0.5, 2.0, 4), "C_{t-1}": U(rng, 0.5, 2.0, 3),
            "\\hat{\\beta}_{2t}": S(0.8)}


def _adafactor_R(a):
    b = a["\\hat{\\beta}_{2t}"]
    return b * a["R_{t-1}"] + (1 - b) * (a["G_t"] ** 2 + 1e-30).sum(-1)


def _adafactor_C(a):
    b = a["\\hat{\\beta}_{2t}"]
    return b * a["C_{t-1}"] + (1 - b) * (a["G_t"] ** 2 + 1e-30).sum(-2)


def _adafactor_V(a):
    R, C = _adafactor_R(a), _adafactor_C(a)
    return torch.outer(R, C) / R.sum()


case("adafactor_factored", _adafactor_f_in, [
    Def("R_t", _adafactor_R), Def("C_t", _adafactor_C), Def("\\hat{V}_t", _adafactor_V)])


def _adafactor_u_in(rng, v):
    return {"G_t": N(rng, 4, 3), "\\hat{V}_t": U(rng, 0.2, 1.5, 4, 3), "X_{t-1}": N(rng, 4, 3),
            "\\alpha_t": S(0.01), "d": S(0.9)}


def _adafactor_U(a):
    return a["G_t"] / torch.sqrt(a["\\hat{V}_t"])


def _adafactor_Uhat(a):
    u = _adafactor_U(a)
    rms = torch.sqrt((u ** 2).mean())
    return u / torch.clamp(rms / a["d"], min=1.0)


def _adafactor_X(a):
    return a["X_{t-1}"] - a["\\alpha_t"] * _adafactor_Uhat(a)


case("adafactor_update", _adafactor_u_in, [
    Def("U_t", _adafactor_U), Def("\\hat{U}_t", _adafactor_Uhat), Def("X_t", _adafactor_X)])


def _lamb_m_in(rng, v):
    return {"g_t": N(rng, 6), "m_{t-1}": N(rng, 6, scale=0.3), "v_{t-1}": U(rng, 0.1, 1.0, 6),
            "\\beta_1": S(0.9), "\\beta_2": S(0.999), "t": Num(3)}


def _lamb_m(a):
    m = a["\\beta_1"] * a["m_{t-1}"] + (1 - a["\\beta_1"]) * a["g_t"]
    return m / (1 - a["\\beta_1"] ** a["t"])


def _lamb_v(a):
    v = a["\\beta_2"] * a["v_{t-1}"] + (1 - a["\\beta_2"]) * a["g_t"] ** 2
    return v / (1 - a["\\beta_2"] ** a["t"])


case("lamb_moments", _lamb_m_in, [Def("m_t", _lamb_m), Def("v_t", _lamb_v)],
     note="m_t and v_t are redefined as printed: the reference is the bias-corrected value")


def _lamb_t_in(rng, v):
    return {"m_t": N(rng, 6), "v_t": U(rng, 0.1, 1.0, 6), "x_t^{(i)}": N(rng, 6), "\\eta_t": S(0.01),
            "\\lambda": S(0.01)}


def _lamb_r(a):
    return a["m_t"] / (torch.sqrt(a["v_t"]) + 1e-6)


def _lamb_x(a):
    x = a["x_t^{(i)}"]
    u = _lamb_r(a) + a["\\lambda"] * x
    return x - a["\\eta_t"] * norm(x) / norm(u) * u


case("lamb_trust_ratio", _lamb_t_in, [Def("r_t", _lamb_r), Def("x_{t+1}^{(i)}", _lamb_x)])


def _adamw_in(rng, v):
    return {"\\theta_{t-1}": N(rng, 6), "g_t": N(rng, 6), "m_{t-1}": N(rng, 6, scale=0.3),
            "v_{t-1}": U(rng, 0.1, 1.0, 6), "\\alpha": S(0.001), "\\beta_1": S(0.9), "\\beta_2": S(0.999),
            "\\lambda": S(0.01), "\\eta_t": S(0.5), "t": Num(4)}


def _adamw_m(a):
    return a["\\beta_1"] * a["m_{t-1}"] + (1 - a["\\beta_1"]) * a["g_t"]


def _adamw_v(a):
    return a["\\beta_2"] * a["v_{t-1}"] + (1 - a["\\beta_2"]) * a["g_t"] ** 2


def _adamw_mh(a):
    return _adamw_m(a) / (1 - a["\\beta_1"] ** a["t"])


def _adamw_vh(a):
    return _adamw_v(a) / (1 - a["\\beta_2"] ** a["t"])


def _adamw_theta(a):
    th = a["\\theta_{t-1}"]
    return th - a["\\eta_t"] * (a["\\alpha"] * _adamw_mh(a) / (torch.sqrt(_adamw_vh(a)) + 1e-8) + a["\\lambda"] * th)


def _adamw_x(a):
    """torch.optim.AdamW with lr = eta_t * alpha and weight_decay = lambda / alpha (torch multiplies the
    decay by lr), its state primed with m_{t-1}, v_{t-1} and step t-1."""
    p = torch.nn.Parameter(a["\\theta_{t-1}"].clone())
    opt = torch.optim.AdamW([p], lr=a["\\eta_t"] * a["\\alpha"], betas=(a["\\beta_1"], a["\\beta_2"]), eps=1e-8,
                            weight_decay=a["\\lambda"] / a["\\alpha"])
    opt.state[p] = {"step": torch.tensor(float(a["t"] - 1)), "exp_avg": a["m_{t-1}"].clone(),
                    "exp_avg_sq": a["v_{t-1}"].clone()}
    p.grad = a["g_t"].clone()
    opt.step()
    return p.detach()


case("adamw", _adamw_in, [
    Def("m_t", _adamw_m), Def("v_t", _adamw_v), Def("\\hat{m}_t", _adamw_mh), Def("\\hat{v}_t", _adamw_vh),
    Def("\\theta_t", _adamw_theta, _adamw_x, "optim.AdamW"),
])


def _lion_in(rng, v):
    return {"\\theta_{t-1}": N(rng, 6), "g_t": N(rng, 6), "m_{t-1}": N(rng, 6), "\\beta_1": S(0.9),
            "\\beta_2": S(0.99), "\\eta_t": S(0.001), "\\lambda": S(0.1)}


def _lion_c(a):
    return a["\\beta_1"] * a["m_{t-1}"] + (1 - a["\\beta_1"]) * a["g_t"]


def _lion_theta(a):
    return a["\\theta_{t-1}"] - a["\\eta_t"] * (torch.sign(_lion_c(a)) + a["\\lambda"] * a["\\theta_{t-1}"])


def _lion_m(a):
    return a["\\beta_2"] * a["m_{t-1}"] + (1 - a["\\beta_2"]) * a["g_t"]


case("lion", _lion_in, [Def("c_t", _lion_c), Def("\\theta_t", _lion_theta), Def("m_t", _lion_m)])


def _ls_in(theta_name):
    def f(rng, v):
        return {theta_name: N(rng, 4), "A": N(rng, 5, 4), "b": N(rng, 5)}
    return f


def _ls_grad(a, th):
    A, b = a["A"], a["b"]
    return A.T @ (A @ th - b)


def _ls_autograd(a, th):
    return grad_of(lambda t: 0.5 * ((a["A"] @ t - a["b"]) ** 2).sum(), th)


def _mom_in(rng, v):
    d = _ls_in("\\theta_t")(rng, v)
    d.update({"v_t": N(rng, 4), "\\mu": S(0.9), "\\varepsilon": S(0.05)})
    return d


def _mom_v(a):
    return a["\\mu"] * a["v_t"] - a["\\varepsilon"] * _ls_grad(a, a["\\theta_t"])


def _mom_v_x(a):
    return a["\\mu"] * a["v_t"] - a["\\varepsilon"] * _ls_autograd(a, a["\\theta_t"])


case("momentum_sutskever", _mom_in, [
    Def("v_{t+1}", _mom_v, _mom_v_x, "autograd"),
    Def("\\theta_{t+1}", lambda a: a["\\theta_t"] + _mom_v(a)),
])

case("adam_gradient_line", _ls_in("\\theta_{t-1}"), [
    Def("g_t", lambda a: _ls_grad(a, a["\\theta_{t-1}"]), lambda a: _ls_autograd(a, a["\\theta_{t-1}"]),
        "autograd"),
])


def _diag_G(rng, g, d):
    G = N(rng, d, d, scale=0.3)
    G[np.arange(d), np.arange(d)] = (g.astype(np.float64) ** 2 + rng.uniform(0.2, 1.0, d)).astype(np.float32)
    return G


def _adagrad_ruder_in(rng, v):
    g = N(rng, 5)
    return {"\\theta_t": N(rng, 5), "g_t": g, "G_t": _diag_G(rng, g, 5), "\\eta": S(0.1)}


def _adagrad_ruder(a):
    return a["\\theta_t"] - a["\\eta"] / torch.sqrt(torch.diagonal(a["G_t"]) + 1e-8) * a["g_t"]


def _adagrad_ruder_x(a):
    """torch.optim.Adagrad, its sum primed so that after adding g_t^2 it is diag(G_t); eps outside the root."""
    p = torch.nn.Parameter(a["\\theta_t"].clone())
    opt = torch.optim.Adagrad([p], lr=a["\\eta"], eps=0.0)
    opt.state[p] = {"step": torch.tensor(0.0), "sum": torch.diagonal(a["G_t"]) - a["g_t"] ** 2}
    p.grad = a["g_t"].clone()
    opt.step()
    return p.detach()


case("adagrad_ruder", _adagrad_ruder_in, [
    Def("\\theta_{t+1}", _adagrad_ruder, _adagrad_ruder_x, "optim.Adagrad", 1e-7)])


def _adagrad_duchi_in(rng, v):
    g = N(rng, 5)
    return {"x_t": N(rng, 5), "g_t": g, "G_t": _diag_G(rng, g, 5), "\\eta": S(0.1)}


case("adagrad_duchi", _adagrad_duchi_in, [
    Def("x_{t+1}", lambda a: a["x_t"] - a["\\eta"] * torch.diagonal(a["G_t"]) ** -0.5 * a["g_t"],
        lambda a: a["x_t"] - a["\\eta"] * torch.linalg.inv(torch.diag(torch.diagonal(a["G_t"])).sqrt()) @ a["g_t"],
        "linalg.inv(diag^1/2)")])


def _amsgrad_in(rng, v):
    return {"g_t": N(rng, 6), "m_{t-1}": N(rng, 6, scale=0.3), "v_{t-1}": U(rng, 0.1, 1.0, 6),
            "\\hat{v}_{t-1}": U(rng, 0.1, 1.0, 6), "\\beta_{1t}": S(0.9), "\\beta_2": S(0.99)}


def _ams_m(a):
    return a["\\beta_{1t}"] * a["m_{t-1}"] + (1 - a["\\beta_{1t}"]) * a["g_t"]


def _ams_v(a):
    return a["\\beta_2"] * a["v_{t-1}"] + (1 - a["\\beta_2"]) * a["g_t"] ** 2


def _ams_vh(a):
    return torch.maximum(a["\\hat{v}_{t-1}"], _ams_v(a))


case("amsgrad", _amsgrad_in, [
    Def("m_t", _ams_m), Def("v_t", _ams_v), Def("\\hat{v}_t", _ams_vh),
    Def("\\hat{V}_t", lambda a: torch.diag(_ams_vh(a)))])


def _clip_in(rng, v):
    return {"\\hat{\\mathbf{g}}": N(rng, 6, scale=2.0), "threshold": S(1.0)}


def _clip_x(a):
    g = a["\\hat{\\mathbf{g}}"].clone().requires_grad_(True)
    g.grad = a["\\hat{\\mathbf{g}}"].clone()
    torch.nn.utils.clip_grad_norm_([g], max_norm=a["threshold"])
    return g.grad  # torch divides by (norm + 1e-6): hence the looser tolerance


case("grad_clip", _clip_in, [
    Def("\\hat{\\mathbf{g}}", lambda a: a["threshold"] / norm(a["\\hat{\\mathbf{g}}"]) * a["\\hat{\\mathbf{g}}"],
        _clip_x, "clip_grad_norm_", 1e-5)])


def _ddpg_in(rng, v):
    return {"\\theta^{Q}": N(rng, 5), "\\theta^{Q'}": N(rng, 5), "\\theta^{\\mu}": N(rng, 5),
            "\\theta^{\\mu'}": N(rng, 5), "\\tau": S(0.01)}


case("ddpg_target", _ddpg_in, [
    Def("\\theta^{Q'}", lambda a: a["\\tau"] * a["\\theta^{Q}"] + (1 - a["\\tau"]) * a["\\theta^{Q'}"],
        lambda a: torch.lerp(a["\\theta^{Q'}"], a["\\theta^{Q}"], a["\\tau"]), "torch.lerp", 1e-12),
    Def("\\theta^{\\mu'}", lambda a: a["\\tau"] * a["\\theta^{\\mu}"] + (1 - a["\\tau"]) * a["\\theta^{\\mu'}"]),
])


# ==========================================================================================
# Normalisation
# ==========================================================================================
def _bn_in(rng, v):
    return {"x": N(rng, 8, scale=2.0) + np.float32(0.5), "\\gamma": S(1.5), "\\beta": S(-0.3)}


def _bn_mu(a):
    return a["x"].mean()


def _bn_var(a):
    return ((a["x"] - _bn_mu(a)) ** 2).mean()


def _bn_xhat(a):
    return (a["x"] - _bn_mu(a)) / torch.sqrt(_bn_var(a) + 1e-5)


def _bn_y(a):
    return a["\\gamma"] * _bn_xhat(a) + a["\\beta"]


def _bn_y_x(a):
    x = a["x"].view(-1, 1)
    return F.batch_norm(x, None, None, weight=torch.tensor([a["\\gamma"]]), bias=torch.tensor([a["\\beta"]]),
                        training=True, eps=1e-5).view(-1)


case("batch_norm_ioffe", _bn_in, [
    Def("\\mu_{\\mathcal{B}}", _bn_mu),
    Def("\\sigma_{\\mathcal{B}}^2", _bn_var, lambda a: torch.var(a["x"], unbiased=False), "torch.var"),
    Def("\\widehat{x}", _bn_xhat),
    Def("y", _bn_y, _bn_y_x, "F.batch_norm"),
])


def _bni_in(rng, v):
    return {"\\mu_{\\mathcal{B}}": N(rng, 5, scale=0.2) + np.float32(1.0), "\\sigma_{\\mathcal{B}}^2": U(rng, 0.5, 2.0, 5),
            "x": S(0.7), "\\gamma": S(1.3), "\\beta": S(0.2), "m": Num(16)}


def _bni_y(a):
    E = a["\\mu_{\\mathcal{B}}"].mean()
    Var = a["m"] / (a["m"] - 1) * a["\\sigma_{\\mathcal{B}}^2"].mean()
    s = torch.sqrt(Var + 1e-5)
    return a["\\gamma"] / s * a["x"] + (a["\\beta"] - a["\\gamma"] * E / s)


def _bni_x(a):
    E = a["\\mu_{\\mathcal{B}}"].mean().view(1)
    Var = (a["m"] / (a["m"] - 1) * a["\\sigma_{\\mathcal{B}}^2"].mean()).view(1)
    return F.batch_norm(torch.tensor([[a["x"]]]), E, Var, weight=torch.tensor([a["\\gamma"]]),
                        bias=torch.tensor([a["\\beta"]]), training=False, eps=1e-5).view(())


case("batch_norm_inference", _bni_in, [Def("y", _bni_y, _bni_x, "F.batch_norm(eval)")])


def _ln_ba_in(rng, v):
    return {"\\mathbf{a}^l": N(rng, 7, scale=2.0) + np.float32(0.3)}


case("layer_norm_ba", _ln_ba_in, [
    Def("\\mu^l", lambda a: a["\\mathbf{a}^l"].mean()),
    Def("\\sigma^l", lambda a: torch.sqrt(((a["\\mathbf{a}^l"] - a["\\mathbf{a}^l"].mean()) ** 2).mean()),
        lambda a: torch.std(a["\\mathbf{a}^l"], unbiased=False), "torch.std"),
])


def _ln_rnn_in(rng, v):
    return {"\\mathbf{a}^t": N(rng, 7, scale=2.0), "\\mathbf{g}": U(rng, 0.5, 1.5, 7), "\\mathbf{b}": N(rng, 7, scale=0.3)}


def _ln_rnn(a):
    x = a["\\mathbf{a}^t"]
    mu = x.mean()
    sd = torch.sqrt(((x - mu) ** 2).mean())
    return torch.tanh(a["\\mathbf{g}"] / sd * (x - mu) + a["\\mathbf{b}"])


def _ln_rnn_x(a):
    x = a["\\mathbf{a}^t"]
    return torch.tanh(F.layer_norm(x, x.shape, a["\\mathbf{g}"], a["\\mathbf{b}"], eps=0.0))


case("layer_norm_ba_rnn", _ln_rnn_in, [Def("\\mathbf{h}^t", _ln_rnn, _ln_rnn_x, "F.layer_norm", 1e-9)])


def _in_in(rng, v):
    return {"x": N(rng, 2, 3, 4, 5, scale=2.0) + np.float32(0.5)}


def _in_mu(a):
    return a["x"].mean(dim=(2, 3))


def _in_var(a):
    return ((a["x"] - _in_mu(a)[..., None, None]) ** 2).mean(dim=(2, 3))


def _in_y(a):
    return (a["x"] - _in_mu(a)[..., None, None]) / torch.sqrt(_in_var(a)[..., None, None] + 1e-5)


case("instance_norm", _in_in, [
    Def("y", _in_y, lambda a: F.instance_norm(a["x"], eps=1e-5), "F.instance_norm"),
    Def("\\mu", _in_mu),
    Def("\\sigma^2", _in_var),
])


def _gn_in(rng, v):
    return {"x": N(rng, 2, 8, 3, 2, scale=2.0) + np.float32(0.5)}


def _gn(a):
    x = a["x"]
    n, c = x.shape[:2]
    g = x.reshape(n, 4, -1)
    mu = g.mean(-1, keepdim=True)
    sd = torch.sqrt(((g - mu) ** 2).mean(-1, keepdim=True) + 1e-5)
    return ((g - mu) / sd).reshape(x.shape)


case("group_norm", _gn_in, [Def("\\hat{x}", _gn, lambda a: F.group_norm(a["x"], 4, eps=1e-5), "F.group_norm")])


def _ws_in(rng, v):
    return {"\\mathbf{W}": N(rng, 4, 6) + np.float32(0.2)}


def _ws(a):
    W = a["\\mathbf{W}"]
    mu = W.mean(-1, keepdim=True)
    sd = torch.sqrt((W ** 2).mean(-1, keepdim=True) - mu ** 2 + 1e-5)
    return (W - mu) / sd


def _ws_x(a):
    W = a["\\mathbf{W}"]
    return (W - W.mean(-1, keepdim=True)) / torch.sqrt(torch.var(W, -1, unbiased=False, keepdim=True) + 1e-5)


case("weight_standardization", _ws_in, [Def("\\hat{\\mathbf{W}}", _ws, _ws_x, "torch.var", 1e-9)])
case("weight_standardization_elem", _ws_in, [Def("\\hat{\\mathbf{W}}", _ws, _ws_x, "torch.var", 1e-9)])


def _rms_in(rng, v):
    return {"\\mathbf{a}": N(rng, 7), "\\mathbf{g}": U(rng, 0.5, 1.5, 7)}


case("rmsnorm_where", _rms_in, [
    Def("\\bar{a}", lambda a: a["\\mathbf{a}"] / torch.sqrt((a["\\mathbf{a}"] ** 2).mean()) * a["\\mathbf{g}"],
        lambda a: F.normalize(a["\\mathbf{a}"], dim=-1, eps=0.0) * math.sqrt(a["\\mathbf{a}"].shape[-1]) * a["\\mathbf{g}"],
        "F.normalize")])


def _wn_in(rng, v):
    vv = N(rng, 5)  # x near v, so that w . x + b > 0 and the rectifier does not hide the value
    return {"\\mathbf{v}": vv, "\\mathbf{x}": (0.5 * vv + N(rng, 5, scale=0.2)).astype(np.float32), "g": S(1.7),
            "b": S(0.4)}


def _wn_w(a):
    return a["g"] / norm(a["\\mathbf{v}"]) * a["\\mathbf{v}"]


def _wn_w_x(a):
    # torch.nn.utils.weight_norm on a Linear(k, 1): weight = g * v / ||v||
    lin = torch.nn.Linear(5, 1, bias=False)
    with torch.no_grad():
        lin.weight.copy_(a["\\mathbf{v}"].view(1, -1))
    lin = torch.nn.utils.weight_norm(lin, dim=None)
    with torch.no_grad():
        lin.weight_g.fill_(a["g"])
    lin(torch.zeros(1, 5))  # the pre-forward hook recomputes weight from g and v
    return lin.weight.detach().view(-1)


case("weight_norm", _wn_in, [
    Def("y", lambda a: torch.clamp(dot(_wn_w(a), a["\\mathbf{x}"]) + a["b"], min=0.0)),
    Def("\\mathbf{w}", _wn_w, _wn_w_x, "nn.utils.weight_norm", 1e-9),
])


def _sn_in(rng, v):
    return {"W^l": N(rng, 4, 3), "\\tilde{\\boldsymbol{u}}_l": N(rng, 4)}


def _sn_v(a):
    v = a["W^l"].T @ a["\\tilde{\\boldsymbol{u}}_l"]
    return v / norm(v)


def _sn_u(a):
    u = a["W^l"] @ _sn_v(a)
    return u / norm(u)


def _sn_W(a):
    sigma = _sn_u(a) @ a["W^l"] @ _sn_v(a)
    return a["W^l"] / sigma


case("spectral_norm", _sn_in, [
    Def("\\tilde{\\boldsymbol{v}}_l", _sn_v), Def("\\tilde{\\boldsymbol{u}}_l", _sn_u),
    Def("\\bar{W}^l_{\\mathrm{SN}}", _sn_W)])


# ==========================================================================================
# Attention
# ==========================================================================================
def _flash_in(rng, v):
    return {"\\mathbf{Q}": N(rng, 5, 3), "\\mathbf{K}": N(rng, 5, 3), "\\mathbf{V}": N(rng, 5, 3)}


def _flash_S(a):
    return a["\\mathbf{Q}"] @ a["\\mathbf{K}"].T


case("flash_attention_standard", _flash_in, [
    Def("\\mathbf{S}", _flash_S),
    Def("\\mathbf{P}", lambda a: torch.softmax(_flash_S(a), -1)),
    Def("\\mathbf{O}", lambda a: torch.softmax(_flash_S(a), -1) @ a["\\mathbf{V}"]),
])


def _shaw_in(rng, v):
    return {"x": N(rng, 4, 5), "W^Q": N(rng, 5, 3), "W^K": N(rng, 5, 3), "W^V": N(rng, 5, 3),
            "a^K": N(rng, 4, 4, 3, scale=0.5), "a^V": N(rng, 4, 4, 3, scale=0.5)}


def _shaw_e(a):
    q = a["x"] @ a["W^Q"]                                     # [n, d_z]
    k = (a["x"] @ a["W^K"])[None, :, :] + a["a^K"]           # [i, j, d_z]
    return (q[:, None, :] * k).sum(-1) / math.sqrt(a["W^Q"].shape[1])


def _shaw_alpha(a):
    return torch.softmax(_shaw_e(a), -1)


def _shaw_z(a):
    vv = (a["x"] @ a["W^V"])[None, :, :] + a["a^V"]
    return (_shaw_alpha(a)[..., None] * vv).sum(1)


def _shaw_z_x(a):
    # with zero edge representations this must be plain attention: checked separately on the
    # same x, W; here: einsum form of the same formula
    q = a["x"] @ a["W^Q"]
    k = a["x"] @ a["W^K"]
    e = (torch.einsum("id,jd->ij", q, k) + torch.einsum("id,ijd->ij", q, a["a^K"])) / math.sqrt(q.shape[1])
    al = F.softmax(e, dim=-1)
    return torch.einsum("ij,jd->id", al, a["x"] @ a["W^V"]) + torch.einsum("ij,ijd->id", al, a["a^V"])


case("relative_position_shaw", _shaw_in, [
    Def("e", _shaw_e), Def("\\alpha", _shaw_alpha), Def("z", _shaw_z, _shaw_z_x, "einsum", 1e-12)])


def _alibi_in(rng, v):
    return {"\\mathbf{q}_i": N(rng, 1, 3), "\\mathbf{K}": N(rng, 5, 3), "m": S(0.25)}


def _alibi(a):
    i = a["\\mathbf{K}"].shape[0]
    bias = torch.arange(-(i - 1), 1, dtype=torch.float64)
    return torch.softmax(a["\\mathbf{q}_i"] @ a["\\mathbf{K}"].T + a["m"] * bias, -1)


case("alibi", _alibi_in, [Def(None, _alibi)])


def _lin_in(rng, v):
    return {"Q": N(rng, 5, 3), "K": N(rng, 5, 3), "V": N(rng, 5, 4)}


def _phi(x):
    return F.elu(x) + 1


def _lin_att(a):
    q, k, v = _phi(a["Q"]), _phi(a["K"]), a["V"]
    num = torch.einsum("id,jd,jm->im", q, k, v)
    den = torch.einsum("id,jd->i", q, k)
    return num / den[:, None]


def _lin_att_x(a):
    q, k, v = _phi(a["Q"]), _phi(a["K"]), a["V"]
    kv = k.T @ v                   # sum_j phi(K_j) V_j^T
    return (q @ kv) / (q @ k.sum(0))[:, None]


case("linear_attention", _lin_in, [Def("V'", _lin_att, _lin_att_x, "associative form", 1e-12)])
case("linear_attention_rnn", _lin_in, [Def("V'", _lin_att, _lin_att_x, "associative form", 1e-12)])


def _luong_g_in(rng, v):
    return {"\\boldsymbol{h}_t": N(rng, 3), "\\bar{\\boldsymbol{h}}": N(rng, 5, 3), "\\boldsymbol{W}_a": N(rng, 3, 3)}


def _luong_g(a):
    return torch.softmax(a["\\bar{\\boldsymbol{h}}"] @ (a["\\boldsymbol{W}_a"].T @ a["\\boldsymbol{h}_t"]), -1)


case("luong_general", _luong_g_in, [
    Def("\\boldsymbol{a}_t", _luong_g,
        lambda a: F.softmax(torch.einsum("d,de,se->s", a["\\boldsymbol{h}_t"], a["\\boldsymbol{W}_a"],
                                         a["\\bar{\\boldsymbol{h}}"]), dim=0), "F.softmax", 1e-12)])


def _luong_c_in(rng, v):
    return {"\\boldsymbol{h}_t": N(rng, 3), "\\bar{\\boldsymbol{h}}_s": N(rng, 3), "\\boldsymbol{W}_a": N(rng, 4, 6),
            "\\boldsymbol{v}_a": N(rng, 4)}


case("luong_concat", _luong_c_in, [
    Def("\\mathrm{score}", lambda a: dot(a["\\boldsymbol{v}_a"], torch.tanh(
        a["\\boldsymbol{W}_a"] @ torch.cat([a["\\boldsymbol{h}_t"], a["\\bar{\\boldsymbol{h}}_s"]]))))])


def _bah_in(rng, v):
    return {"s_{i-1}": N(rng, 3), "h_j": N(rng, 6), "W_a": N(rng, 4, 3), "U_a": N(rng, 4, 6), "v_a": N(rng, 4)}


case("bahdanau", _bah_in, [
    Def("a", lambda a: dot(a["v_a"], torch.tanh(a["W_a"] @ a["s_{i-1}"] + a["U_a"] @ a["h_j"])),
        lambda a: F.linear(torch.tanh(F.linear(a["s_{i-1}"], a["W_a"]) + F.linear(a["h_j"], a["U_a"])),
                           a["v_a"].view(1, -1)).view(()), "F.linear", 1e-12)])


def _rope_in(rng, v):
    return {"\\boldsymbol{x}": N(rng, 8), "m": S(3.0)}


def _rope(a):
    x, m = a["\\boldsymbol{x}"], a["m"]
    d = x.shape[0]
    i = torch.arange(1, d // 2 + 1, dtype=torch.float64)
    theta = 10000.0 ** (-2 * (i - 1) / d)
    cos = torch.repeat_interleave(torch.cos(m * theta), 2)
    sin = torch.repeat_interleave(torch.sin(m * theta), 2)
    rot = torch.stack([-x[1::2], x[0::2]], dim=-1).reshape(-1)
    return x * cos + rot * sin


def _rope_x(a):
    x, m = a["\\boldsymbol{x}"], a["m"]
    d = x.shape[0]
    theta = 10000.0 ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)
    z = torch.view_as_complex(x.view(-1, 2).contiguous()) * torch.polar(torch.ones_like(theta), m * theta)
    return torch.view_as_real(z).reshape(-1)


case("rope_roformer", _rope_in, [Def(None, _rope, _rope_x, "view_as_complex", 1e-12)])


def _rope2d_in(rng, v):
    w = N(rng, 4)
    return {"W^{(11)}": S(w[0]), "W^{(12)}": S(w[1]), "W^{(21)}": S(w[2]), "W^{(22)}": S(w[3]),
            "x^{(1)}_m": S(N(rng, 1)[0]), "x^{(2)}_m": S(N(rng, 1)[0]), "m": S(3.0), "\\theta": S(0.37)}


def _rope2d(a):
    # RoFormer Eq. 13: R(m theta) W_q x_m, a rotation of the projected 2-vector.
    t = a["m"] * a["\\theta"]
    rot = torch.tensor([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    w = torch.tensor([[a["W^{(11)}"], a["W^{(12)}"]], [a["W^{(21)}"], a["W^{(22)}"]]])
    return rot @ w @ torch.tensor([a["x^{(1)}_m"], a["x^{(2)}_m"]])


def _rope2d_x(a):
    # the same as a complex product: (W x) e^{i m theta}
    w = torch.tensor([[a["W^{(11)}"], a["W^{(12)}"]], [a["W^{(21)}"], a["W^{(22)}"]]])
    q = w @ torch.tensor([a["x^{(1)}_m"], a["x^{(2)}_m"]])
    z = torch.complex(q[0], q[1]) * torch.exp(torch.complex(torch.tensor(0.0), torch.tensor(a["m"] * a["\\theta"])))
    return torch.stack([z.real, z.imag])


case("rope_rotation_2d", _rope2d_in, [Def(None, _rope2d, _rope2d_x, "complex product", 1e-12)])


def _distill_in(rng, v):
    return {"z": N(rng, 6, scale=3.0), "T": S(2.5)}


case("distillation_softmax", _distill_in, [
    Def("q", lambda a: torch.exp(a["z"] / a["T"]) / torch.exp(a["z"] / a["T"]).sum(),
        lambda a: F.softmax(a["z"] / a["T"], dim=-1), "F.softmax", 1e-12)])


# ==========================================================================================
# Losses
# ==========================================================================================
def _simclr_in(rng, v):
    return {"\\boldsymbol{z}": N(rng, 6, 4), "\\tau": S(0.5)}


def _simclr_sim(a):
    z = a["\\boldsymbol{z}"]
    zn = z / norm(z)[:, None]
    return zn @ zn.T


def _simclr_ell(a):
    s = _simclr_sim(a) / a["\\tau"]
    n2 = s.shape[0]
    mask = ~torch.eye(n2, dtype=torch.bool)
    den = (torch.exp(s) * mask).sum(-1, keepdim=True)
    return -torch.log(torch.exp(s) / den)


def _simclr_L(a):
    ell = _simclr_ell(a)
    n2 = ell.shape[0]
    tot = 0.0
    for k in range(1, n2 // 2 + 1):  # the paper's 1-based pairs (2k-1, 2k)
        i, j = 2 * k - 1, 2 * k
        tot = tot + ell[i - 1, j - 1] + ell[j - 1, i - 1]
    return tot / n2


def _simclr_L_x(a):
    z = F.normalize(a["\\boldsymbol{z}"], dim=-1)
    logits = z @ z.T / a["\\tau"]
    logits = logits.masked_fill(torch.eye(z.shape[0], dtype=torch.bool), float("-inf"))
    target = torch.arange(z.shape[0]) ^ 1  # partner of 0 is 1, of 1 is 0, ...
    return F.cross_entropy(logits, target)


case("simclr_nt_xent", _simclr_in, [
    Def("\\ell", _simclr_ell),
    Def("\\mathcal{L}", _simclr_L, _simclr_L_x, "F.cross_entropy", 1e-12),
])


def _facenet_in(rng, v):
    return {"x^a": N(rng, 5, 4), "x^p": N(rng, 5, 4), "x^n": N(rng, 5, 4), "\\alpha": S(0.4)}


def _facenet(a):
    f = lambda x: x / norm(x)[:, None]  # noqa: E731
    fa, fp, fn = f(a["x^a"]), f(a["x^p"]), f(a["x^n"])
    return torch.clamp(((fa - fp) ** 2).sum(-1) - ((fa - fn) ** 2).sum(-1) + a["\\alpha"], min=0).sum()


def _facenet_x(a):
    fa, fp, fn = (F.normalize(a[k], dim=-1) for k in ("x^a", "x^p", "x^n"))
    d = F.pairwise_distance(fa, fp, eps=0.0) ** 2 - F.pairwise_distance(fa, fn, eps=0.0) ** 2
    return F.relu(d + a["\\alpha"]).sum()


case("facenet_triplet", _facenet_in, [Def("L", _facenet, _facenet_x, "F.pairwise_distance", 1e-12)])


def _focal_in(rng, v):
    p, y = U(rng, 0.05, 0.95, 8), rng.choice([-1.0, 1.0], 8).astype(np.float32)
    # FL's parameter is p_t: it is passed too, consistent with p and y (the definition p_t does not take it)
    return {"p": p, "y": y, "p_t": np.where(y == 1, p, 1 - p).astype(np.float32), "\\alpha": S(0.25),
            "\\gamma": S(2.0)}


def _focal_pt(a):
    return torch.where(a["y"] == 1, a["p"], 1 - a["p"])


def _focal(a):
    at = torch.where(a["y"] == 1, torch.tensor(a["\\alpha"]), torch.tensor(1 - a["\\alpha"]))
    pt = _focal_pt(a)
    return -at * (1 - pt) ** a["\\gamma"] * torch.log(pt)


def _focal_x(a):
    """torchvision.ops.sigmoid_focal_loss (not installed here), its code on logits x = logit(p),
    targets t = (y + 1) / 2."""
    p, t = a["p"], (a["y"] + 1) / 2
    x = torch.log(p) - torch.log1p(-p)
    prob = torch.sigmoid(x)
    ce = F.binary_cross_entropy_with_logits(x, t, reduction="none")
    p_t = prob * t + (1 - prob) * (1 - t)
    loss = ce * ((1 - p_t) ** a["\\gamma"])
    alpha_t = a["\\alpha"] * t + (1 - a["\\alpha"]) * (1 - t)
    return alpha_t * loss


case("focal_loss", _focal_in, [
    Def("p_t", _focal_pt),
    Def("\\mathrm{FL}", _focal, _focal_x, "sigmoid_focal_loss (torchvision's code)", 1e-9),
])


def _ls_m_in(rng, v):
    K, label = 5, 2
    return {"\\boldsymbol{x}": N(rng, 3), "\\boldsymbol{w}": N(rng, 5, 3), "\\boldsymbol{y}": onehot(label, K),
            "\\alpha": S(0.1)}


def _ls_m_p(a):
    return torch.softmax(a["\\boldsymbol{w}"] @ a["\\boldsymbol{x}"], -1)


def _ls_m_yls(a):
    K = a["\\boldsymbol{y}"].shape[0]
    return a["\\boldsymbol{y}"] * (1 - a["\\alpha"]) + a["\\alpha"] / K


def _ls_m_L(a):
    return -(_ls_m_yls(a) * torch.log(_ls_m_p(a))).sum()


def _ls_m_L_x(a):
    logits = (a["\\boldsymbol{w}"] @ a["\\boldsymbol{x}"]).view(1, -1)
    label = torch.argmax(a["\\boldsymbol{y}"]).view(1)
    return F.cross_entropy(logits, label, label_smoothing=a["\\alpha"])


case("label_smoothing_muller", _ls_m_in, [
    Def("p", _ls_m_p, lambda a: F.softmax(F.linear(a["\\boldsymbol{x}"], a["\\boldsymbol{w}"]), dim=-1),
        "F.softmax", 1e-12),
    Def("y^{LS}", _ls_m_yls),
    Def("\\mathcal{L}", _ls_m_L, _ls_m_L_x, "F.cross_entropy(label_smoothing)", 1e-12),
])


def _ls_s_in(rng, v):
    return {"y": Num(3), "\\epsilon": S(0.1)}


def _ls_s(a):
    K = 10
    return (1 - a["\\epsilon"]) * F.one_hot(torch.tensor(a["y"]), K).double() + a["\\epsilon"] / K


def _ls_s_x(a):
    # the target distribution F.cross_entropy(label_smoothing=eps) uses: the loss is linear in it, so
    # probe it with unit logit vectors: CE(e_k) = -sum_j q_j log softmax(e_k)_j
    K = 10
    eye = torch.eye(K)
    logp = F.log_softmax(eye, dim=-1)                       # row k: log softmax of e_k
    ce = torch.stack([F.cross_entropy(eye[k:k + 1], torch.tensor([a["y"]]), label_smoothing=a["\\epsilon"])
                      for k in range(K)])
    return torch.linalg.solve(-logp, ce)


case("label_smoothing_szegedy", _ls_s_in, [Def("q'", _ls_s, _ls_s_x, "F.cross_entropy(label_smoothing)", 1e-9)],
     dims={"K": 10})
case("label_smoothing_szegedy_cond", _ls_s_in, [Def("q'", _ls_s, _ls_s_x, "F.cross_entropy(label_smoothing)", 1e-9)],
     dims={"K": 10})


def _kl_in(p, q):
    def f(rng, v):
        return {p: probs(rng, 6), q: probs(rng, 6)}
    return f


case("kl_goodfellow", _kl_in("P", "Q"), [
    Def("D_{\\mathrm{KL}}", lambda a: (a["P"] * torch.log(a["P"] / a["Q"])).sum(),
        lambda a: F.kl_div(a["Q"].log(), a["P"], reduction="sum"), "F.kl_div", 1e-12)])
case("kl_cover_thomas", _kl_in("p", "q"), [
    Def("D", lambda a: (a["p"] * torch.log(a["p"] / a["q"])).sum(),
        lambda a: F.kl_div(a["q"].log(), a["p"], reduction="sum"), "F.kl_div", 1e-12)])


def _vae_kl_in(rng, v):
    return {"\\boldsymbol{\\mu}": N(rng, 5), "\\boldsymbol{\\sigma}": U(rng, 0.3, 2.0, 5)}


def _vae_kl(a):
    mu, s = a["\\boldsymbol{\\mu}"], a["\\boldsymbol{\\sigma}"]
    return -0.5 * (1 + torch.log(s ** 2) - mu ** 2 - s ** 2).sum()


def _vae_kl_x(a):
    D = torch.distributions
    return D.kl_divergence(D.Normal(a["\\boldsymbol{\\mu}"], a["\\boldsymbol{\\sigma}"]),
                           D.Normal(torch.zeros(5), torch.ones(5))).sum()


case("vae_kl", _vae_kl_in, [Def("D_{KL}", _vae_kl, _vae_kl_x, "distributions.kl_divergence", 1e-12)],
     note="the printed left side is -D_KL: the reference for D_KL is the KL divergence itself (>= 0)")


def _cs_in(rng, v):
    return {"M": N(rng, 4, 3), "\\bar{x}": N(rng, 5, 3), "y": rng.integers(0, 4, 5).astype(np.float32)}


def _cs(a):
    M, x, y = a["M"], a["\\bar{x}"], a["y"].long()
    scores = x @ M.T                                  # [m, k]: M_r . x_i
    delta = F.one_hot(y, M.shape[0]).double()
    return (scores + 1 - delta).max(-1).values - scores.gather(1, y.view(-1, 1)).view(-1)


case("crammer_singer", _cs_in, [Def("\\xi", _cs)])


def _vocab_in(rng, v):
    return {"z": N(rng, 5, 4), "y": rng.integers(0, 4, 5).astype(np.float32),
            "\\alpha": (0.5 + rng.random(4)).astype(np.float32), "x": N(rng, 3, 6),
            "\\gamma": N(rng, 6), "\\beta": N(rng, 6), "X": N(rng, 7, 3), "t": N(rng, 7), "\\lambda": Num(0.5)}


def _vocab_rms(a):
    x = a["x"]
    return x / torch.sqrt((x * x).mean(-1, keepdim=True) + 1e-5) * a["\\gamma"]


def _vocab_ridge(a):
    X, t = a["X"], a["t"]
    return torch.linalg.inv(X.T @ X + 0.5 * torch.eye(X.shape[1])) @ X.T @ t


case("vocab_labels", _vocab_in, [
    Def("L", lambda a: -torch.log_softmax(a["z"], -1).gather(1, a["y"].long().view(-1, 1)).mean(),
        lambda a: F.cross_entropy(a["z"], a["y"].long()), "F.cross_entropy", 1e-12),
    Def("\\mathcal{L}_w", lambda a: -(a["\\alpha"][a["y"].long()]
                                    * torch.log_softmax(a["z"], -1).gather(1, a["y"].long().view(-1, 1)).view(-1)).sum(),
        lambda a: F.cross_entropy(a["z"], a["y"].long(), weight=a["\\alpha"], reduction="sum"),
        "F.cross_entropy(weight=, reduction='sum')", 1e-12),
    Def("O", lambda a: F.one_hot(a["y"].long(), 4).double()),
    Def("h", lambda a: (a["x"] - a["x"].mean(-1, keepdim=True))
        / torch.sqrt(a["x"].var(-1, unbiased=False, keepdim=True) + 1e-5) * a["\\gamma"] + a["\\beta"],
        lambda a: F.layer_norm(a["x"], (6,), a["\\gamma"], a["\\beta"], eps=1e-5), "F.layer_norm", 1e-10),
    Def("r", _vocab_rms),
    Def("w", _vocab_ridge, lambda a: torch.linalg.solve(a["X"].T @ a["X"] + 0.5 * torch.eye(3), a["X"].T @ a["t"]),
        "torch.linalg.solve", 1e-10),
    Def("C", lambda a: a["X"] - a["X"].mean(0, keepdim=True)),
], dims={"K": 4})


def _peg_in(rng, v):
    w, x = N(rng, 5, scale=0.4), N(rng, 5)
    if v == "y=-1" and float(np.dot(w, x)) < 0:  # keep the hinge active: y <w, x> < 1
        x = -x
    return {"\\mathbf{w}": w, "\\mathbf{x}": x, "y": Num(1.0 if v == "y=+1" else -1.0)}


case("pegasos_hinge", _peg_in, [
    Def("\\ell", lambda a: torch.clamp(1 - a["y"] * dot(a["\\mathbf{w}"], a["\\mathbf{x}"]), min=0),
        lambda a: F.relu(1 - a["y"] * torch.dot(a["\\mathbf{w}"], a["\\mathbf{x}"])), "torch.dot", 1e-12)],
     variants=("y=+1", "y=-1"))


def _sl1_in(rng, v):
    return {"t^u": N(rng, 4, scale=1.5), "v": N(rng, 4, scale=1.5)}


def _sl1(a):
    x = a["t^u"] - a["v"]
    return torch.where(x.abs() < 1, 0.5 * x ** 2, x.abs() - 0.5).sum()


case("smooth_l1", _sl1_in, [
    Def("L_{\\mathrm{loc}}", _sl1, lambda a: F.smooth_l1_loss(a["t^u"], a["v"], reduction="sum", beta=1.0),
        "F.smooth_l1_loss", 1e-12)])


def _dice_in(rng, v):
    return {"p": U(rng, 0.0, 1.0, 10), "g": (rng.uniform(0, 1, 10) < 0.5).astype(np.float32)}


case("dice_vnet", _dice_in, [
    Def("D", lambda a: 2 * (a["p"] * a["g"]).sum() / ((a["p"] ** 2).sum() + (a["g"] ** 2).sum()))])


def _had_in(rng, v):
    return {"\\vec{X}_1": N(rng, 5), "\\vec{X}_2": N(rng, 5), "W": N(rng, 3, 5, scale=0.5),
            "Y": Num(0.0 if v == "Y=0" else 1.0), "m": S(2.5)}


def _had(a):
    D = norm(a["W"] @ (a["\\vec{X}_1"] - a["\\vec{X}_2"]))
    Y, m = a["Y"], a["m"]
    return (1 - Y) * 0.5 * D ** 2 + Y * 0.5 * torch.clamp(m - D, min=0) ** 2


case("contrastive_hadsell", _had_in, [Def("L", _had)], variants=("Y=0", "Y=1"))


def _center_in(rng, v):
    return {"\\boldsymbol{x}": N(rng, 5, 3), "W": N(rng, 3, 4), "\\boldsymbol{b}": N(rng, 4),
            "\\boldsymbol{c}": N(rng, 4, 3), "y": rng.integers(0, 4, 5).astype(np.float32)}


def _center_LS(a):
    logits = a["\\boldsymbol{x}"] @ a["W"] + a["\\boldsymbol{b}"]   # W_j^T x_i + b_j, W_j the j-th column
    y = a["y"].long()
    return -(logits.gather(1, y.view(-1, 1)).view(-1) - torch.logsumexp(logits, -1)).sum()


def _center_LC(a):
    c = a["\\boldsymbol{c}"][a["y"].long()]
    return 0.5 * ((a["\\boldsymbol{x}"] - c) ** 2).sum()


case("center_loss", _center_in, [
    Def("\\mathcal{L}_S", _center_LS,
        lambda a: F.cross_entropy(a["\\boldsymbol{x}"] @ a["W"] + a["\\boldsymbol{b}"], a["y"].long(), reduction="sum"),
        "F.cross_entropy", 1e-12),
    Def("\\mathcal{L}_C", _center_LC,
        lambda a: 0.5 * F.mse_loss(a["\\boldsymbol{x}"], a["\\boldsymbol{c}"][a["y"].long()], reduction="sum"),
        "F.mse_loss", 1e-12),
])


# ==========================================================================================
# Reinforcement learning
# ==========================================================================================
def _ret_in(rng, v):
    return {"R": N(rng, 6), "\\gamma": S(0.9)}


def _ret(a):
    R, g = a["R"], a["\\gamma"]
    T = R.shape[0]
    out = torch.zeros(T)
    for t in range(T):                       # G_0 ... G_{T-1}
        for k in range(t + 1, T + 1):        # R_1 ... R_T are R[0] ... R[T-1]
            out[t] += g ** (k - t - 1) * R[k - 1]
    return out


def _ret_x(a):
    R, g = a["R"], a["\\gamma"]
    out, acc = [], 0.0
    for r in reversed(R.tolist()):           # G_t = R_{t+1} + gamma G_{t+1}
        acc = r + g * acc
        out.append(acc)
    return torch.tensor(out[::-1])


case("return_sutton_barto", _ret_in, [Def("G", _ret, _ret_x, "recursion G_t = R_{t+1} + gamma G_{t+1}", 1e-12)])


def _rf_in(rng, v):
    return {"\\alpha": U(rng, 0.01, 0.1, 3, 4), "b": N(rng, 3, 4), "e": N(rng, 3, 4), "r": S(1.3)}


case("reinforce_williams", _rf_in, [Def("\\Delta w", lambda a: a["\\alpha"] * (a["r"] - a["b"]) * a["e"])])


def _td_in(rng, v):
    return {"s_t": N(rng, 4), "s_{t+1}": N(rng, 4), "\\mathbf{w}": N(rng, 4), "r_t": S(0.5), "\\gamma": S(0.99)}


case("td_error_gae", _td_in, [
    Def("\\delta_t^V", lambda a: a["r_t"] + a["\\gamma"] * dot(a["\\mathbf{w}"], a["s_{t+1}"])
        - dot(a["\\mathbf{w}"], a["s_t"]))])


def _gae_in(rng, v):
    return {"\\delta^V": N(rng, 6), "\\gamma": S(0.99), "\\lambda": S(0.95)}


def _gae(a):
    d, gl = a["\\delta^V"], a["\\gamma"] * a["\\lambda"]
    T = d.shape[0]
    return torch.stack([sum(gl ** l * d[t + l] for l in range(T - t)) for t in range(T)])


def _gae_x(a):
    d, gl = a["\\delta^V"], a["\\gamma"] * a["\\lambda"]
    out, acc = [], 0.0
    for x in reversed(d.tolist()):           # the usual backward recursion A_t = delta_t + gl A_{t+1}
        acc = x + gl * acc
        out.append(acc)
    return torch.tensor(out[::-1])


case("gae", _gae_in, [Def("\\hat{A}", _gae, _gae_x, "backward recursion", 1e-12)],
     note="the infinite sum is truncated at the end of the trajectory (delta beyond T is zero)")


def _conv_in(rng, v):
    return {"x": N(rng, 9), "w": N(rng, 3)}


def _conv(a):
    x, w = a["x"], a["w"]
    n, k = x.shape[0], w.shape[0]
    return torch.stack([sum(w[m] * x[i + m] for m in range(k)) for i in range(n - k + 1)])


def _conv_x(a):
    return torch.nn.functional.conv1d(a["x"].view(1, 1, -1), a["w"].view(1, 1, -1)).view(-1)


case("conv1d_valid", _conv_in, [Def("y", _conv, _conv_x, "torch.nn.functional.conv1d (valid)", 1e-12)])


def _rtg_in(rng, v):
    return {"r": N(rng, 7)}


def _rtg(a):
    r = a["r"]
    return torch.stack([r[t:].sum() for t in range(r.shape[0])])


case("reward_to_go", _rtg_in, [Def("\\hat{R}", _rtg,
                                   lambda a: torch.flip(torch.cumsum(torch.flip(a["r"], [0]), 0), [0]),
                                   "flipped cumsum", 1e-12)])


def _lr_in(rng, v):
    return {"X": N(rng, 6, 3), "y": N(rng, 6), "\\theta": N(rng, 3)}


def _lr(a):
    X, y, th = a["X"], a["y"], a["\\theta"]
    return 0.5 * sum((dot(th, X[i]) - y[i]) ** 2 for i in range(X.shape[0]))


case("linreg_cs229", _lr_in, [Def("J", _lr, lambda a: 0.5 * ((a["X"] @ a["\\theta"] - a["y"]) ** 2).sum(),
                                  "matrix form", 1e-12)])


def _ret_series(a):
    R, g = a["R"], a["\\gamma"]
    T = R.shape[0]
    return torch.stack([sum(g ** k * R[t + k] for k in range(T - t)) for t in range(T)])


case("discounted_return_series", _ret_in, [Def("G", _ret_series, _ret_x, "recursion G_t = R_{t+1} + gamma G_{t+1}",
                                               1e-12)])


def _ppo_in(rng, v):
    pi = U(rng, 0.05, 0.95, 8)
    old = np.clip(pi * rng.uniform(0.6, 1.4, 8), 0.02, 0.98).astype(np.float32)
    return {"\\pi_\\theta": pi, "\\pi_{\\theta_{\\text{old}}}": old, "\\hat{A}": N(rng, 8)}


def _ppo_r(a):
    return a["\\pi_\\theta"] / a["\\pi_{\\theta_{\\text{old}}}"]


def _ppo_L(a):
    r, A = _ppo_r(a), a["\\hat{A}"]
    return torch.minimum(r * A, torch.clamp(r, 0.8, 1.2) * A).mean()


case("ppo_clip", _ppo_in, [Def("r_t", _ppo_r), Def("L^{CLIP}", _ppo_L)])


def _sac_in(rng, v):
    return {"s_t": N(rng, 4), "W_\\pi": N(rng, 3, 4), "W_Q": N(rng, 3, 4), "\\alpha": S(0.2)}


def _sac(a):
    pi = torch.softmax(a["W_\\pi"] @ a["s_t"], -1)
    Q = a["W_Q"] @ a["s_t"]
    return dot(pi, Q - a["\\alpha"] * torch.log(pi))


def _sac_x(a):
    logits = a["W_\\pi"] @ a["s_t"]
    D = torch.distributions.Categorical(logits=logits)
    return (D.probs * (a["W_Q"] @ a["s_t"])).sum() + a["\\alpha"] * D.entropy()


case("sac_discrete_value", _sac_in, [Def("V", _sac, _sac_x, "Categorical.entropy", 1e-12)])


def _ql_in(rng, v):
    return {"Q": N(rng, 4, 3), "S_t": Num(1), "A_t": Num(2), "S_{t+1}": Num(3), "R_{t+1}": S(0.7),
            "\\alpha": S(0.1), "\\gamma": S(0.9)}


def _ql(a):
    Q = a["Q"].clone()
    s, act, s2 = a["S_t"], a["A_t"], a["S_{t+1}"]
    Q[s, act] = Q[s, act] + a["\\alpha"] * (a["R_{t+1}"] + a["\\gamma"] * Q[s2].max() - Q[s, act])
    return Q


case("q_learning", _ql_in, [Def("Q", _ql)], note="the result is the updated table")


def _duel_in(rng, v):
    return {"V": S(0.8), "A": N(rng, 4)}


case("dueling_dqn", _duel_in, [Def("Q", lambda a: a["V"] + (a["A"] - a["A"].mean()))],
     note="the result is Q(s, a) for every action a (a vector over the actions)")


# Functions the papers apply but never define (docs/LANGUAGE.md, Functions): their values are inputs
# named as printed, e.g. "D(x^{(i)})" for the discriminator's output on each real example.
def _gan_d_in(rng, v):
    return {"D(x^{(i)})": U(rng, 0.05, 0.95, 6), "D(G(z^{(i)}))": U(rng, 0.05, 0.95, 6)}


def _gan_d(a):
    # Goodfellow et al. (2014), Algorithm 1: (1/m) sum_i [log D(x^(i)) + log(1 - D(G(z^(i))))]
    real, fake = a["D(x^{(i)})"], a["D(G(z^{(i)}))"]
    return (torch.log(real) + torch.log(1 - fake)).mean()


def _gan_d_x(a):
    # the same objective as the negative of PyTorch's binary cross-entropy with labels 1 (real), 0 (fake)
    real, fake = a["D(x^{(i)})"], a["D(G(z^{(i)}))"]
    return -(F.binary_cross_entropy(real, torch.ones_like(real)) + F.binary_cross_entropy(fake, torch.zeros_like(fake)))


case("gan_discriminator", _gan_d_in, [Def("V", _gan_d, _gan_d_x, "-F.binary_cross_entropy (real 1, fake 0)", 1e-10)])


def _td_in(rng, v):
    return {"r": N(rng, 7), "V(s_{t+1})": N(rng, 7), "V(s_t)": N(rng, 7)}


def _td(a):
    # one-step TD error at every step: delta_t = r_t + gamma V(s_{t+1}) - V(s_t), gamma = 0.99
    return a["r"] + 0.99 * a["V(s_{t+1})"] - a["V(s_t)"]


case("td_advantage", _td_in, [Def("\\delta", _td)])


def _tres_in(rng, v):
    return {"x": N(rng, 4, 5), "\\mathrm{Sublayer}(x)": N(rng, 4, 5)}


def _tres(a):
    # LayerNorm(x + Sublayer(x)) over the model dimension, without gain and bias, eps = 1e-5
    h = a["x"] + a["\\mathrm{Sublayer}(x)"]
    mu = h.mean(-1, keepdim=True)
    var = ((h - mu) ** 2).mean(-1, keepdim=True)
    return (h - mu) / torch.sqrt(var + 1e-5)


case("transformer_residual", _tres_in, [Def("y", _tres, lambda a: F.layer_norm(
    a["x"] + a["\\mathrm{Sublayer}(x)"], (5,), eps=1e-5), "F.layer_norm", 1e-10)])


def _deepnorm_in(rng, v):
    return {"x_l": N(rng, 3, 6), "\\mathop{G}_l(x_l, \\theta_l)": N(rng, 3, 6)}


def _deepnorm(a):
    # post-LN residual with the shortcut scaled by alpha = (2N)^(1/4) for N = 6 layers, written 1.5651
    h = 1.5651 * a["x_l"] + a["\\mathop{G}_l(x_l, \\theta_l)"]
    mu = h.mean(-1, keepdim=True)
    return (h - mu) / torch.sqrt(((h - mu) ** 2).mean(-1, keepdim=True) + 1e-5)


case("deepnorm", _deepnorm_in, [Def("x_{l+1}", _deepnorm, lambda a: F.layer_norm(
    1.5651 * a["x_l"] + a["\\mathop{G}_l(x_l, \\theta_l)"], (6,), eps=1e-5), "F.layer_norm", 1e-10)])


def _switch_in(rng, v):
    return {"h(x)": N(rng, 8)}


def _switch(a):
    # p_i(x) = e^{h(x)_i} / sum_j e^{h(x)_j}: the router's probabilities over the N experts
    e = torch.exp(a["h(x)"])
    return e / e.sum()


case("switch_router", _switch_in, [Def("p_i", _switch, lambda a: torch.softmax(a["h(x)"], -1), "torch.softmax", 1e-12)])


# ==========================================================================================
# Diffusion
# ==========================================================================================
def _abar_in(rng, v):
    return {"\\beta": U(rng, 0.05, 0.3, 6)}


def _abar(a):
    alpha = 1 - a["\\beta"]
    out = torch.ones_like(alpha)
    for t in range(1, alpha.shape[0] + 1):     # \bar{alpha}_t for t = 1 ... T, stored at t - 1
        out[t - 1] = torch.prod(alpha[:t])
    return out


case("ddpm_alpha_bar", _abar_in, [
    Def("\\alpha", lambda a: 1 - a["\\beta"]),
    Def("\\bar{\\alpha}", _abar, lambda a: torch.cumprod(1 - a["\\beta"], 0), "torch.cumprod", 1e-12),
])


def _dfs_in(rng, v):
    return {"\\mathbf{x}_0": N(rng, 5), "\\boldsymbol{\\epsilon}": N(rng, 5), "\\bar{\\alpha}_t": S(0.6)}


case("ddpm_forward_sample", _dfs_in, [
    Def("\\mathbf{x}_t", lambda a: math.sqrt(a["\\bar{\\alpha}_t"]) * a["\\mathbf{x}_0"]
        + math.sqrt(1 - a["\\bar{\\alpha}_t"]) * a["\\boldsymbol{\\epsilon}"])])


def _dsamp_in(rng, v):
    return {"\\mathbf{x}_t": N(rng, 5), "\\mathbf{z}": N(rng, 5), "W": N(rng, 5, 5, scale=0.3),
            "\\alpha_t": S(0.95), "\\bar{\\alpha}_t": S(0.4), "\\sigma_t": S(0.2), "t": Num(7)}


def _dsamp(a):
    eps = a["W"] @ a["\\mathbf{x}_t"]
    at, abt = a["\\alpha_t"], a["\\bar{\\alpha}_t"]
    return 1 / math.sqrt(at) * (a["\\mathbf{x}_t"] - (1 - at) / math.sqrt(1 - abt) * eps) + a["\\sigma_t"] * a["\\mathbf{z}"]


case("ddpm_sampling", _dsamp_in, [Def("\\mathbf{x}_{t-1}", _dsamp)])


def _dpost_in(rng, v):
    beta, abar_prev = 0.05, 0.5
    return {"\\mathbf{x}_0": N(rng, 5), "\\mathbf{x}_t": N(rng, 5), "\\beta_t": S(beta), "\\alpha_t": S(1 - beta),
            "\\bar{\\alpha}_{t-1}": S(abar_prev), "\\bar{\\alpha}_t": S(abar_prev * (1 - beta))}


def _dpost_mu(a):
    ab, abp, at, bt = a["\\bar{\\alpha}_t"], a["\\bar{\\alpha}_{t-1}"], a["\\alpha_t"], a["\\beta_t"]
    return math.sqrt(abp) * bt / (1 - ab) * a["\\mathbf{x}_0"] + math.sqrt(at) * (1 - abp) / (1 - ab) * a["\\mathbf{x}_t"]


def _dpost_beta(a):
    return torch.tensor((1 - a["\\bar{\\alpha}_{t-1}"]) / (1 - a["\\bar{\\alpha}_t"]) * a["\\beta_t"])


case("ddpm_posterior", _dpost_in, [Def("\\tilde{\\boldsymbol{\\mu}}_t", _dpost_mu), Def("\\tilde{\\beta}_t", _dpost_beta)])


def _cos_in(rng, v):
    return {"t": Num(37 if v == "t=37" else 90), "T": Num(100)}


def _cos(a):
    s = 0.008
    f = lambda t: math.cos((t / a["T"] + s) / (1 + s) * math.pi / 2) ** 2  # noqa: E731
    return torch.tensor(f(a["t"]) / f(0))


case("cosine_schedule", _cos_in, [Def("\\bar{\\alpha}_t", _cos)], variants=("t=37", "t=90"))


def _dsm_in(rng, v):
    return {"\\mathbf{x}": N(rng, 4), "\\tilde{\\mathbf{x}}": N(rng, 4), "W": N(rng, 4, 4, scale=0.5),
            "\\sigma": S(0.8)}


def _dsm(a):
    s = a["W"] @ a["\\tilde{\\mathbf{x}}"] / a["\\sigma"]
    return 0.5 * ((s + (a["\\tilde{\\mathbf{x}}"] - a["\\mathbf{x}"]) / a["\\sigma"] ** 2) ** 2).sum()


case("ncsn_dsm", _dsm_in, [Def("\\ell", _dsm)])


def _ddim_in(rng, v):
    return {"\\boldsymbol{x}_t": N(rng, 5), "\\epsilon_t": N(rng, 5), "W": N(rng, 5, 5, scale=0.3),
            "\\alpha_t": S(0.5), "\\alpha_{t-1}": S(0.6), "\\sigma_t": S(0.1)}


def _ddim(a):
    eps = a["W"] @ a["\\boldsymbol{x}_t"]
    at, ap, st = a["\\alpha_t"], a["\\alpha_{t-1}"], a["\\sigma_t"]
    x0 = (a["\\boldsymbol{x}_t"] - math.sqrt(1 - at) * eps) / math.sqrt(at)
    return math.sqrt(ap) * x0 + math.sqrt(1 - ap - st ** 2) * eps + st * a["\\epsilon_t"]


case("ddim", _ddim_in, [Def("\\boldsymbol{x}_{t-1}", _ddim)])

case("vdm_snr", lambda rng, v: {"\\alpha_t": S(0.8), "\\sigma_t": S(0.6), "t": S(0.5)}, [
    Def("\\mathrm{SNR}", lambda a: torch.tensor(a["\\alpha_t"] ** 2 / a["\\sigma_t"] ** 2))])


def _score_in(rng, v):
    B = N(rng, 4, 4, scale=0.5)
    P = (B @ B.T + np.eye(4)).astype(np.float32)
    P = ((P + P.T) / 2).astype(np.float32)
    return {"\\mathbf{x}": N(rng, 4), "P": P}


case("score_gaussian", _score_in, [
    Def("\\mathbf{s}", lambda a: -0.5 * (a["P"] + a["P"].T) @ a["\\mathbf{x}"],
        lambda a: grad_of(lambda x: -0.5 * x @ a["P"] @ x, a["\\mathbf{x}"]), "autograd", 1e-12)])


# ==========================================================================================
# Graph neural networks
# ==========================================================================================
def _sym_norm(A):
    Dm = torch.diag(A.sum(-1) ** -0.5)
    return Dm @ A @ Dm


def _gcn_in(rng, v):
    return {"A": adjacency(rng, 5, False), "H^{(l)}": N(rng, 5, 3), "W^{(l)}": N(rng, 3, 4)}


def _gcn_H(a):
    At = a["A"] + torch.eye(a["A"].shape[0])
    return torch.relu(_sym_norm(At) @ a["H^{(l)}"] @ a["W^{(l)}"])


def _gcn_H_x(a):
    # message passing: node i sums h_j W / sqrt(d_i d_j) over j in N(i) (self included)
    At = a["A"] + torch.eye(a["A"].shape[0])
    d = At.sum(-1)
    HW = a["H^{(l)}"] @ a["W^{(l)}"]
    out = torch.zeros_like(HW)
    for i in range(At.shape[0]):
        for j in range(At.shape[0]):
            if At[i, j] != 0:
                out[i] += HW[j] / math.sqrt(d[i] * d[j])
    return torch.relu(out)


case("gcn_kipf", _gcn_in, [
    Def("\\tilde{A}", lambda a: a["A"] + torch.eye(a["A"].shape[0])),
    Def("\\tilde{D}", lambda a: torch.diag((a["A"] + torch.eye(a["A"].shape[0])).sum(-1))),
    Def("H^{(l+1)}", _gcn_H, _gcn_H_x, "message passing loop", 1e-12),
])


def _gcnn_in(rng, v):
    return {"h^{(l)}": N(rng, 5, 3), "W^{(l)}": N(rng, 3, 4), "A": adjacency(rng, 5, True)}


case("gcn_nodewise", _gcnn_in, [
    Def("h^{(l+1)}", lambda a: torch.relu(_sym_norm(a["A"]) @ a["h^{(l)}"] @ a["W^{(l)}"]))])


def _sgc_in(rng, v):
    return {"\\mathbf{X}": N(rng, 5, 3), "\\mathbf{A}": adjacency(rng, 5, False), "\\boldsymbol{\\Theta}": N(rng, 3, 4)}


def _sgc_S(a):
    return _sym_norm(a["\\mathbf{A}"] + torch.eye(5))


case("sgc", _sgc_in, [
    Def("\\tilde{\\mathbf{A}}", lambda a: a["\\mathbf{A}"] + torch.eye(5)),
    Def("\\tilde{\\mathbf{D}}", lambda a: torch.diag((a["\\mathbf{A}"] + torch.eye(5)).sum(-1))),
    Def("\\mathbf{S}", _sgc_S),
    Def("\\hat{\\mathbf{Y}}_{\\mathrm{SGC}}",
        lambda a: torch.softmax(_sgc_S(a) @ _sgc_S(a) @ a["\\mathbf{X}"] @ a["\\boldsymbol{\\Theta}"], -1),
        lambda a: F.softmax(torch.linalg.matrix_power(_sgc_S(a), 2) @ a["\\mathbf{X}"] @ a["\\boldsymbol{\\Theta}"], dim=-1),
        "linalg.matrix_power", 1e-12),
])


def _appnp_in(rng, v):
    A = adjacency(rng, 5, True).astype(np.float64)
    d = A.sum(-1) ** -0.5
    return {"\\hat{\\tilde{\\mathbf{A}}}": (d[:, None] * A * d[None, :]).astype(np.float32),
            "\\mathbf{Z}^{(k)}": N(rng, 5, 3), "\\mathbf{H}": N(rng, 5, 3), "\\alpha": S(0.1)}


case("appnp", _appnp_in, [
    Def("\\mathbf{Z}^{(k+1)}", lambda a: (1 - a["\\alpha"]) * a["\\hat{\\tilde{\\mathbf{A}}}"] @ a["\\mathbf{Z}^{(k)}"]
        + a["\\alpha"] * a["\\mathbf{H}"])])


def _gat_in(rng, v):
    return {"\\vec{h}": N(rng, 5, 3), "\\mathbf{W}": N(rng, 4, 3), "\\vec{\\mathbf{a}}": N(rng, 8),
            "A": adjacency(rng, 5, True)}


def _gat_alpha(a):
    Wh = a["\\vec{h}"] @ a["\\mathbf{W}"].T                   # rows W h_i
    Fp = Wh.shape[1]
    a1, a2 = a["\\vec{\\mathbf{a}}"][:Fp], a["\\vec{\\mathbf{a}}"][Fp:]
    e = F.leaky_relu((Wh @ a1)[:, None] + (Wh @ a2)[None, :], 0.2)
    e = e.masked_fill(a["A"] == 0, float("-inf"))
    return torch.softmax(e, -1)                                # 0 outside the neighbourhood


def _gat_alpha_x(a):
    Wh = a["\\vec{h}"] @ a["\\mathbf{W}"].T
    n = Wh.shape[0]
    out = torch.zeros(n, n)
    for i in range(n):
        nb = [j for j in range(n) if a["A"][i, j] != 0]
        s = torch.stack([torch.exp(F.leaky_relu(torch.dot(a["\\vec{\\mathbf{a}}"], torch.cat([Wh[i], Wh[j]])), 0.2))
                         for j in nb])
        out[i, nb] = s / s.sum()
    return out


def _gat_h(a):
    Wh = a["\\vec{h}"] @ a["\\mathbf{W}"].T
    return F.elu(_gat_alpha(a) @ Wh)


case("gat", _gat_in, [
    Def("\\alpha", _gat_alpha, _gat_alpha_x, "per-node loop", 1e-12),
    Def("\\vec{h}'", _gat_h),
], note="alpha_ij is 0 for j outside N_i")


def _gin_in(rng, v):
    return {"h^{(k-1)}": N(rng, 5, 3), "A": adjacency(rng, 5, False), "W_1": N(rng, 3, 6), "W_2": N(rng, 6, 2),
            "\\epsilon^{(k)}": S(0.1)}


case("gin", _gin_in, [
    Def("h^{(k)}", lambda a: torch.relu(((1 + a["\\epsilon^{(k)}"]) * a["h^{(k-1)}"] + a["A"] @ a["h^{(k-1)}"])
                                        @ a["W_1"]) @ a["W_2"])])


def _sage_in(rng, v):
    return {"\\mathbf{h}_v^{k-1}": N(rng, 3), "\\mathbf{h}^k_{\\mathcal{N}(v)}": N(rng, 3), "\\mathbf{W}^k": N(rng, 4, 6)}


case("graphsage", _sage_in, [
    Def("\\mathbf{h}_v^k", lambda a: torch.relu(a["\\mathbf{W}^k"] @ torch.cat(
        [a["\\mathbf{h}_v^{k-1}"], a["\\mathbf{h}^k_{\\mathcal{N}(v)}"]])))])

case("graphsage_normalize", lambda rng, v: {"\\mathbf{h}_v^k": N(rng, 5)}, [
    Def("\\mathbf{h}_v^k", lambda a: a["\\mathbf{h}_v^k"] / norm(a["\\mathbf{h}_v^k"]),
        lambda a: F.normalize(a["\\mathbf{h}_v^k"], dim=-1, eps=0.0), "F.normalize", 1e-12)])


# ==========================================================================================
# Activations and MLPs
# ==========================================================================================
def _silu_in(rng, v):
    return {"\\mathbf{s}": N(rng, 4), "w": N(rng, 4, 3), "b": N(rng, 3)}


def _silu_z(a):
    return a["\\mathbf{s}"] @ a["w"] + a["b"]


case("silu_elfwing", _silu_in, [
    Def("z", _silu_z),
    Def("a", lambda a: _silu_z(a) * torch.sigmoid(_silu_z(a)), lambda a: F.silu(_silu_z(a)), "F.silu", 1e-12),
])

ALPHA01, LAMBDA01 = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
case("selu", lambda rng, v: {"x": N(rng, 8, scale=2.0)}, [
    Def("\\mathrm{selu}", lambda a: LAMBDA01 * torch.where(a["x"] > 0, a["x"], ALPHA01 * torch.exp(a["x"]) - ALPHA01),
        lambda a: F.selu(a["x"]), "F.selu", 1e-12)])

case("hardswish", lambda rng, v: {"x": N(rng, 10, scale=4.0)}, [
    Def("\\text{h-swish}", lambda a: a["x"] * torch.clamp(a["x"] + 3, 0, 6) / 6, lambda a: F.hardswish(a["x"]),
        "F.hardswish", 1e-12)])


def _glu_in(rng, v):
    return {"x": N(rng, 4), "W": N(rng, 4, 6), "V": N(rng, 4, 6), "W_2": N(rng, 6, 4)}


case("swiglu", _glu_in, [
    Def("\\mathrm{FFN}_{\\mathrm{SwiGLU}}",
        lambda a: ((a["x"] @ a["W"]) * torch.sigmoid(a["x"] @ a["W"]) * (a["x"] @ a["V"])) @ a["W_2"],
        lambda a: F.linear(F.silu(F.linear(a["x"], a["W"].T)) * F.linear(a["x"], a["V"].T), a["W_2"].T),
        "F.silu", 1e-12)])


def _gelu_exact(x):
    return x * 0.5 * (1 + torch.erf(x / math.sqrt(2)))


case("geglu", _glu_in, [
    Def("\\mathrm{FFN}_{\\mathrm{GEGLU}}", lambda a: (_gelu_exact(a["x"] @ a["W"]) * (a["x"] @ a["V"])) @ a["W_2"],
        lambda a: (F.gelu(a["x"] @ a["W"]) * (a["x"] @ a["V"])) @ a["W_2"], "F.gelu", 1e-12)])


def _prelu_in(rng, v):
    return {"y": N(rng, 6), "a": U(rng, 0.05, 0.5, 6)}


def _prelu(a):
    return torch.where(a["y"] > 0, a["y"], a["a"] * a["y"])


def _prelu_x(a):
    return F.prelu(a["y"].view(1, -1), a["a"]).view(-1)


case("prelu_cases", _prelu_in, [Def("f", _prelu, _prelu_x, "F.prelu", 1e-12)])
case("prelu_maxmin", _prelu_in, [Def("f", _prelu, _prelu_x, "F.prelu", 1e-12)])


def _maxout_in(rng, v):
    return {"x": N(rng, 3), "W": N(rng, 3, 4, 2), "b": N(rng, 4, 2)}


def _maxout_z(a):
    return torch.einsum("d,dmk->mk", a["x"], a["W"]) + a["b"]


case("maxout", _maxout_in, [
    Def("h", lambda a: _maxout_z(a).max(-1).values,
        lambda a: F.max_pool1d(_maxout_z(a).view(1, 1, -1), 2).view(-1), "F.max_pool1d", 1e-12),
    Def("z", _maxout_z),
])


def _xor_in(rng, v):
    return {"\\boldsymbol{x}": N(rng, 3), "\\boldsymbol{W}": N(rng, 3, 4), "\\boldsymbol{c}": N(rng, 4),
            "\\boldsymbol{w}": N(rng, 4), "b": S(0.3)}


case("mlp_xor", _xor_in, [
    Def("f", lambda a: dot(a["\\boldsymbol{w}"], torch.clamp(a["\\boldsymbol{W}"].T @ a["\\boldsymbol{x}"] + a["\\boldsymbol{c}"], min=0))
        + a["b"])])


def _mixer_in(rng, v):
    return {"\\mathbf{X}": N(rng, 4, 3), "\\mathbf{W}_1": N(rng, 5, 4), "\\mathbf{W}_2": N(rng, 4, 5),
            "\\mathbf{W}_3": N(rng, 6, 3), "\\mathbf{W}_4": N(rng, 3, 6)}


def _mixer_ln(X):
    mu = X.mean(-1, keepdim=True)
    return (X - mu) / torch.sqrt(((X - mu) ** 2).mean(-1, keepdim=True) + 1e-5)


def _mixer_U(a):
    X = a["\\mathbf{X}"]
    return X + a["\\mathbf{W}_2"] @ _gelu_exact(a["\\mathbf{W}_1"] @ _mixer_ln(X))   # column i at a time


def _mixer_Y(a):
    Uv = _mixer_U(a)
    return Uv + (a["\\mathbf{W}_4"] @ _gelu_exact(a["\\mathbf{W}_3"] @ _mixer_ln(Uv).T)).T   # row j at a time


def _mixer_Y_x(a):
    X = a["\\mathbf{X}"]
    Uv = X + F.linear(F.gelu(F.linear(F.layer_norm(X, X.shape[-1:], eps=1e-5).T, a["\\mathbf{W}_1"])),
                      a["\\mathbf{W}_2"]).T
    return Uv + F.linear(F.gelu(F.linear(F.layer_norm(Uv, Uv.shape[-1:], eps=1e-5), a["\\mathbf{W}_3"])),
                         a["\\mathbf{W}_4"])


case("mixer", _mixer_in, [Def("\\mathbf{U}", _mixer_U), Def("\\mathbf{Y}", _mixer_Y, _mixer_Y_x, "F.layer_norm", 1e-12)])


# ==========================================================================================
# Other
# ==========================================================================================
def _ridge_in(rng, v):
    return {"\\boldsymbol{\\Phi}": N(rng, 8, 3), "\\mathbf{t}": N(rng, 8), "\\lambda": S(0.5)}


case("ridge_prml", _ridge_in, [
    Def("\\mathbf{w}", lambda a: torch.linalg.inv(a["\\lambda"] * torch.eye(3) + a["\\boldsymbol{\\Phi}"].T
                                                  @ a["\\boldsymbol{\\Phi}"]) @ a["\\boldsymbol{\\Phi}"].T @ a["\\mathbf{t}"],
        lambda a: torch.linalg.solve(a["\\lambda"] * torch.eye(3) + a["\\boldsymbol{\\Phi}"].T @ a["\\boldsymbol{\\Phi}"],
                                     a["\\boldsymbol{\\Phi}"].T @ a["\\mathbf{t}"]), "linalg.solve", 1e-10)])

case("ols_prml", lambda rng, v: {"\\boldsymbol{\\Phi}": N(rng, 8, 3), "\\mathbf{t}": N(rng, 8)}, [
    Def("\\mathbf{w}_{\\mathrm{ML}}", lambda a: torch.linalg.inv(a["\\boldsymbol{\\Phi}"].T @ a["\\boldsymbol{\\Phi}"])
        @ a["\\boldsymbol{\\Phi}"].T @ a["\\mathbf{t}"],
        lambda a: torch.linalg.lstsq(a["\\boldsymbol{\\Phi}"], a["\\mathbf{t}"].view(-1, 1)).solution.view(-1),
        "linalg.lstsq", 1e-10)])


def _mixup_in(rng, v):
    return {"x_i": N(rng, 4), "x_j": N(rng, 4), "y_i": onehot(0, 3), "y_j": onehot(2, 3), "\\lambda": S(0.3)}


case("mixup", _mixup_in, [
    Def("\\tilde{x}", lambda a: a["\\lambda"] * a["x_i"] + (1 - a["\\lambda"]) * a["x_j"],
        lambda a: torch.lerp(a["x_j"], a["x_i"], a["\\lambda"]), "torch.lerp", 1e-12),
    Def("\\tilde{y}", lambda a: a["\\lambda"] * a["y_i"] + (1 - a["\\lambda"]) * a["y_j"]),
])


def _gumbel_in(rng, v):
    u = rng.uniform(1e-3, 1 - 1e-3, 5)
    return {"\\pi": probs(rng, 5), "g": (-np.log(-np.log(u))).astype(np.float32), "\\tau": S(0.7)}


case("gumbel_softmax", _gumbel_in, [
    Def("y", lambda a: torch.exp((torch.log(a["\\pi"]) + a["g"]) / a["\\tau"])
        / torch.exp((torch.log(a["\\pi"]) + a["g"]) / a["\\tau"]).sum(),
        lambda a: F.softmax((a["\\pi"].log() + a["g"]) / a["\\tau"], dim=-1), "F.softmax", 1e-12)])


def _reparam_in(rng, v):
    return {"\\boldsymbol{\\mu}^{(i)}": N(rng, 4), "\\boldsymbol{\\sigma}^{(i)}": U(rng, 0.2, 1.5, 4),
            "\\boldsymbol{\\epsilon}^{(l)}": N(rng, 4)}


case("vae_reparam", _reparam_in, [
    Def("\\mathbf{z}^{(i,l)}", lambda a: a["\\boldsymbol{\\mu}^{(i)}"]
        + a["\\boldsymbol{\\sigma}^{(i)}"] * a["\\boldsymbol{\\epsilon}^{(l)}"])])

case("wgan_clip", lambda rng, v: {"w": N(rng, 8), "c": S(0.5)}, [
    Def("w", lambda a: torch.minimum(torch.maximum(a["w"], torch.tensor(-a["c"])), torch.tensor(a["c"])),
        lambda a: torch.clamp(a["w"], -a["c"], a["c"]), "torch.clamp", 1e-12)])


def _wgan_g_in(rng, v):
    return {"w": N(rng, 3), "\\theta": N(rng, 3, 2), "x^{(i)}": N(rng, 5, 3), "z^{(i)}": N(rng, 5, 2)}


case("wgan_critic_grad", _wgan_g_in, [
    Def("g_w", lambda a: a["x^{(i)}"].mean(0) - a["\\theta"] @ a["z^{(i)}"].mean(0),
        lambda a: grad_of(lambda w: (a["x^{(i)}"] @ w).mean() - ((a["z^{(i)}"] @ a["\\theta"].T) @ w).mean(), a["w"]),
        "autograd", 1e-12)])


def _logit_in(rng, v):
    return {"\\boldsymbol{\\phi}": N(rng, 6, 3), "\\mathbf{w}": N(rng, 3), "\\mathbf{t}": (rng.uniform(0, 1, 6) < 0.5).astype(np.float32)}


def _logit_y(a):
    return torch.sigmoid(a["\\boldsymbol{\\phi}"] @ a["\\mathbf{w}"])


def _logit_E_of(w, a):
    y = torch.sigmoid(a["\\boldsymbol{\\phi}"] @ w)
    t = a["\\mathbf{t}"]
    return -(t * torch.log(y) + (1 - t) * torch.log(1 - y)).sum()


def _logit_g(a):
    return a["\\boldsymbol{\\phi}"].T @ (_logit_y(a) - a["\\mathbf{t}"])   # PRML Eq. 4.91


case("logistic_prml", _logit_in, [
    Def("y", _logit_y),
    Def("E", lambda a: _logit_E_of(a["\\mathbf{w}"], a),
        lambda a: F.binary_cross_entropy(_logit_y(a), a["\\mathbf{t}"], reduction="sum"), "F.binary_cross_entropy",
        1e-12),
    Def("\\mathbf{g}", _logit_g, lambda a: grad_of(lambda w: _logit_E_of(w, a), a["\\mathbf{w}"]), "autograd", 1e-12),
])
case("logistic_grad_prml", _logit_in, [
    Def("y", _logit_y),
    Def("\\nabla E", _logit_g, lambda a: grad_of(lambda w: _logit_E_of(w, a), a["\\mathbf{w}"]), "autograd", 1e-12),
])


# ==========================================================================================
# Precedence and reading rules (papers/prec_*.eq)
# ==========================================================================================
def _vec(*names, lo=None, hi=None, d=5):
    def f(rng, v):
        if lo is None:
            return {n: N(rng, d) for n in names}
        return {n: U(rng, lo, hi, d) for n in names}
    return f


def _with(base, **extra):
    def f(rng, v):
        d = base(rng, v)
        d.update({k.replace("BS_", "\\"): (e(rng) if callable(e) else e) for k, e in extra.items()})
        return d
    return f


case("prec_lambda_paren_sq", _with(_vec("a", "b"), BS_lambda=S(0.7)), [
    Def("y", lambda a: a["\\lambda"] * (a["a"] - a["b"]) ** 2)])
case("prec_func_pow", _vec("x"), [Def("y", lambda a: torch.tanh(a["x"]) ** 2)])
case("prec_sin_sq", _vec("x"), [Def("y", lambda a: torch.sin(a["x"]) ** 2)])
case("prec_cos_arg_sq", _vec("x"), [Def("y", lambda a: torch.cos(a["x"] ** 2))])


def _abt_in(n, k, m):
    def f(rng, v):
        return {"A": N(rng, n, k), "B": N(rng, m, k)}
    return f


case("prec_a_paren_bt", _abt_in(3, 4, 5), [Def("C", lambda a: a["A"] @ a["B"].T)])
case("prec_a_paren_bt_square", _abt_in(4, 4, 4), [Def("C", lambda a: a["A"] @ a["B"].T)])
case("prec_silu_cdot", _vec("x"), [
    Def("\\mathrm{SiLU}", lambda a: a["x"] * torch.sigmoid(a["x"]), lambda a: F.silu(a["x"]), "F.silu", 1e-12)])
case("prec_cosine_cdot", _vec("u", "v"), [
    Def("\\mathrm{sim}", lambda a: dot(a["u"], a["v"]) / (norm(a["u"]) * norm(a["v"])),
        lambda a: F.cosine_similarity(a["u"], a["v"], dim=0, eps=0.0), "F.cosine_similarity", 1e-12)])
case("prec_trace_sum", lambda rng, v: {"A": N(rng, 4, 4)}, [
    Def("t", lambda a: sum(a["A"][i, i] for i in range(4)), lambda a: torch.trace(a["A"]), "torch.trace", 1e-12)])
case("prec_pow_neg_half", _vec("x", lo=0.2, hi=3.0), [
    Def("y", lambda a: 1 / torch.sqrt(a["x"]), lambda a: torch.rsqrt(a["x"]), "torch.rsqrt", 1e-12)])
case("prec_neg_sq", _vec("x"), [Def("y", lambda a: -(a["x"] ** 2))])
case("prec_two_pow_neg", _vec("x"), [Def("y", lambda a: 2.0 ** (-a["x"]), lambda a: torch.exp2(-a["x"]), "torch.exp2",
                                         1e-12)])
case("prec_two_pow_index", _vec("x"), [Def("y", lambda a: a["x"] * 2.0 ** (-torch.arange(a["x"].shape[0])))])
case("prec_exp_neg", _vec("x"), [Def("y", lambda a: torch.exp(-a["x"]))])
case("prec_a_over_bc", _with(_vec("a"), b=lambda rng: U(rng, 0.5, 2.0, 5), c=lambda rng: U(rng, 0.5, 2.0, 5)), [
    Def("y", lambda a: a["a"] / (a["b"] * a["c"]))], ambiguous=True)


def _rbf_in(rng, v):
    return {"\\mathbf{x}": N(rng, 4), "\\mathbf{x}'": N(rng, 4), "\\sigma": S(1.3)}


case("prec_rbf_slash", _rbf_in, [
    Def("k", lambda a: torch.exp(-((a["\\mathbf{x}"] - a["\\mathbf{x}'"]) ** 2).sum() / (2 * a["\\sigma"] ** 2)))],
     ambiguous=True)
case("prec_half_norm_sq", _vec("x"), [
    Def("y", lambda a: 0.5 * (a["x"] ** 2).sum()),
    Def("z", lambda a: (a["x"] ** 2).sum(), lambda a: torch.linalg.vector_norm(a["x"]) ** 2, "linalg.vector_norm",
        1e-12)])
case("prec_sum_scope", _with(_vec("w", "x"), b=S(2.0)), [Def("y", lambda a: dot(a["w"], a["x"]) + a["b"])])
case("prec_log_noparen", _vec("x", lo=0.2, hi=3.0), [Def("y", lambda a: torch.log(a["x"]) + 1)])
case("prec_inverse", lambda rng, v: {"A": N(rng, 4, 4, scale=0.2)}, [
    Def("B", lambda a: torch.linalg.inv(a["A"] + torch.eye(4)))])
case("prec_matrix_square", lambda rng, v: {"A": N(rng, 4, 4)}, [
    Def("Y", lambda a: a["A"] @ a["A"], lambda a: torch.linalg.matrix_power(a["A"], 2), "linalg.matrix_power", 1e-12)],
     ambiguous=True)
case("prec_indicator", _vec("x"), [Def("y", lambda a: a["x"] * (a["x"] > 0).double(), lambda a: F.relu(a["x"]),
                                       "F.relu", 1e-12)])
case("prec_bracket_plus", _with(_vec("x"), BS_tau=S(0.3)), [
    Def("y", lambda a: torch.clamp(a["x"] - a["\\tau"], min=0), lambda a: F.relu(a["x"] - a["\\tau"]), "F.relu", 1e-12)])
case("prec_softmax_index", _vec("z"), [
    Def("p", lambda a: torch.exp(a["z"]) / torch.exp(a["z"]).sum(), lambda a: F.softmax(a["z"], dim=0), "F.softmax",
        1e-12)])
case("prec_transpose_dot", lambda rng, v: {"A": N(rng, 3, 4), "x": N(rng, 4), "y": N(rng, 3)}, [
    Def("s", lambda a: dot(a["A"] @ a["x"], a["y"]))])
case("prec_frac_juxt", _with(_vec("a", "c"), b=lambda rng: U(rng, 0.5, 2.0, 5)), [
    Def("y", lambda a: a["a"] / a["b"] * a["c"])])
case("prec_partial", lambda rng, v: {"A": N(rng, 3, 4), "x": N(rng, 4), "b": N(rng, 3)}, [
    Def("g", lambda a: a["A"].T @ (a["A"] @ a["x"] - a["b"]),
        lambda a: grad_of(lambda x: 0.5 * ((a["A"] @ x - a["b"]) ** 2).sum(), a["x"]), "autograd", 1e-12)])


# ------------------------------------------------------------------------------------------
# issue 16 §5–6: built-ins and textbook wrappers (docs/LANGUAGE.md, "Definitions and wrappers", "Vocabulary")
# ------------------------------------------------------------------------------------------
def _layer_in(rng, v):
    return {"\\mathbf{x}": N(rng, 5), "W": N(rng, 4, 5), "\\mathbf{b}": N(rng, 4)}


def _pre(a):
    return a["W"] @ a["\\mathbf{x}"] + a["\\mathbf{b}"]


case("silu_swish", _layer_in, [
    Def("\\mathbf{h}", lambda a: _pre(a) * torch.sigmoid(_pre(a)), lambda a: F.silu(_pre(a)), "F.silu", 1e-12),
    Def("\\mathbf{g}", lambda a: a["\\mathbf{x}"] * torch.sigmoid(a["\\mathbf{x}"]),
        lambda a: F.silu(a["\\mathbf{x}"]), "F.silu", 1e-12)])
case("elu_clevert", _layer_in, [
    Def("\\mathbf{h}", lambda a: torch.where(_pre(a) > 0, _pre(a), torch.exp(_pre(a)) - 1),
        lambda a: F.elu(_pre(a)), "F.elu", 1e-12)])
case("selu_klambauer", _layer_in, [
    Def("\\mathbf{h}", lambda a: 1.0507009873554805 * torch.where(_pre(a) > 0, _pre(a),
                                                                  1.6732632423543772 * (torch.exp(_pre(a)) - 1)),
        lambda a: F.selu(_pre(a)), "F.selu", 1e-12)])
case("std_zscore", lambda rng, v: {"\\mathbf{x}": N(rng, 7)}, [
    Def("\\mathbf{z}", lambda a: (a["\\mathbf{x}"] - a["\\mathbf{x}"].mean())
        / ((a["\\mathbf{x}"] - a["\\mathbf{x}"].mean()) ** 2).mean().sqrt(),
        lambda a: (a["\\mathbf{x}"] - a["\\mathbf{x}"].mean()) / a["\\mathbf{x}"].std(unbiased=False),
        "Tensor.std(unbiased=False)", 1e-12)])
case("cumsum_returns", lambda rng, v: {"r": N(rng, 6)}, [
    Def("R", lambda a: torch.stack([a["r"][:t + 1].sum() for t in range(a["r"].shape[0])]),
        lambda a: torch.cumsum(a["r"], 0), "torch.cumsum", 1e-12)])
case("argmax_greedy", lambda rng, v: {"Q": N(rng, 6)}, [
    Def("a^*", lambda a: torch.tensor(float(max(range(6), key=lambda k: float(a["Q"][k]))), dtype=torch.float64),
        lambda a: torch.argmax(a["Q"]).double(), "torch.argmax", 0)])
case("kl_wrapped", _kl_in("P", "Q"), [
    Def("D", lambda a: (a["P"] * torch.log(a["P"] / a["Q"])).sum(),
        lambda a: F.kl_div(a["Q"].log(), a["P"], reduction="sum"), "F.kl_div", 1e-12)])


def _sdpa_in(rng, v):
    return {"Q": N(rng, 3, 4), "K": N(rng, 5, 4), "V": N(rng, 5, 2)}


case("attention_shape_annotated", _sdpa_in, [
    Def(None, lambda a: torch.softmax(a["Q"] @ a["K"].T / math.sqrt(4), -1) @ a["V"],
        lambda a: F.scaled_dot_product_attention(a["Q"][None], a["K"][None], a["V"][None])[0]
        if hasattr(F, "scaled_dot_product_attention") else torch.softmax(a["Q"] @ a["K"].T / 2, -1) @ a["V"],
        "F.scaled_dot_product_attention", 1e-10)])
case("hinge_positive_part", lambda rng, v: {"w": N(rng, 4), "x": N(rng, 4), "y": S(-1.0)}, [
    Def("\\ell", lambda a: torch.clamp(1 - a["y"] * (a["w"] @ a["x"]), min=0),
        lambda a: F.relu(1 - a["y"] * (a["w"] @ a["x"])), "F.relu", 1e-12)])


# issue 16 sections 3-4: indexes and ranges, names as printed
# ------------------------------------------------------------------------------------------
case("idx_softmax_ce", lambda rng, v: {"z": N(rng, 5), "y": probs(rng, 5)}, [
    Def("L", lambda a: -(a["y"] * torch.log(torch.softmax(a["z"], -1))).sum(),
        lambda a: -(a["y"] * F.log_softmax(a["z"], -1)).sum(), "F.log_softmax"),
])


def _cumprod_at(a):
    return torch.prod(a["\\alpha"][: a["t"]])


case("idx_cumprod_step", lambda rng, v: {"\\alpha": U(rng, 0.5, 1.0, 6), "t": Num(4)}, [
    Def("\\bar{\\alpha}_t", _cumprod_at, lambda a: torch.cumprod(a["\\alpha"], 0)[a["t"] - 1], "torch.cumprod"),
])


def _rope(a):
    x, th, m = a["x"], a["\\theta"], a["m"]
    x1, x2 = x[0::2], x[1::2]          # x_{2i-1}, x_{2i} counted from 1
    y = torch.empty_like(x)
    y[0::2] = x1 * torch.cos(m * th) - x2 * torch.sin(m * th)
    y[1::2] = x1 * torch.sin(m * th) + x2 * torch.cos(m * th)
    return y


def _rope_complex(a):
    x, th, m = a["x"], a["\\theta"], a["m"]
    z = torch.complex(x[0::2], x[1::2]) * torch.exp(1j * m * th)
    return torch.stack([z.real, z.imag], -1).reshape(-1)


case("idx_rope_pairs", lambda rng, v: {"x": N(rng, 8), "\\theta": U(rng, 0.1, 1.0, 4), "m": S(3.0)}, [
    Def("y", _rope, _rope_complex, "complex rotation"),
])


def _ppo(a):
    r = a["\\pi"] / a["\\pi^{\\text{old}}"]
    A, e = a["\\hat{A}"], a["\\epsilon"]
    return torch.minimum(r * A, torch.clamp(r, 1 - e, 1 + e) * A)


case("name_ppo_ratio", lambda rng, v: {"\\pi": U(rng, 0.1, 1.0, 6), "\\pi^{\\text{old}}": U(rng, 0.1, 1.0, 6),
                                       "\\hat{A}": N(rng, 6), "\\epsilon": S(0.2)}, [
    Def("L", _ppo),
])


def _ppo_clip(a):
    # L^CLIP = mean over t of min(r_t A_t, clip(r_t, 1 - eps, 1 + eps) A_t), r_t the probability ratio (an input)
    r, A, e = a["r_t(\\theta)"], a["\\hat{A}"], a["\\epsilon"]
    return torch.minimum(r * A, torch.clamp(r, 1 - e, 1 + e) * A).mean()


case("ppo_clip_objective", lambda rng, v: {"r_t(\\theta)": U(rng, 0.5, 1.5, 7), "\\hat{A}": N(rng, 7),
                                           "\\epsilon": S(0.2)}, [
    Def("L^{CLIP}", _ppo_clip),
    Def("\\mathcal{L}^{CLIP}", _ppo_clip),
])


# ------------------------------------------------------------------------------------------
# statistics along named axes (labml's \underset{C}{\mathbb{E}}[X], \underset{B, H, W}{Var}[X])
# ------------------------------------------------------------------------------------------
def _lnl_in(rng, v):
    rows = 5 if v == "square" else 3
    return {"X": N(rng, rows, 5, scale=2.0) + np.float32(0.3), "\\gamma": S(1.4), "\\beta": S(-0.2)}


def _lnl(a):
    X = a["X"]
    mu = X.mean(-1, keepdim=True)
    var = ((X - mu) ** 2).mean(-1, keepdim=True)
    return a["\\gamma"] * (X - mu) / torch.sqrt(var + 1e-5) + a["\\beta"]


def _lnl_x(a):
    X = a["X"]
    return a["\\gamma"] * F.layer_norm(X, (X.shape[-1],), eps=1e-5) + a["\\beta"]


case("layer_norm_labml", _lnl_in, [Def("\\text{LN}", _lnl, _lnl_x, "F.layer_norm")], variants=("square", "3x5"))


def _bnl_in(rng, v):
    return {"X": N(rng, 4, 3, 2, 5, scale=1.5) + np.float32(0.4), "\\gamma": S(0.8), "\\beta": S(0.1)}


def _bnl(a):
    X = a["X"]
    mu = X.mean(dim=(0, 2, 3), keepdim=True)
    var = ((X - mu) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    return a["\\gamma"] * (X - mu) / torch.sqrt(var + 1e-5) + a["\\beta"]


def _bnl_x(a):
    return a["\\gamma"] * F.batch_norm(a["X"], None, None, training=True, eps=1e-5) + a["\\beta"]


case("batch_norm_labml", _bnl_in, [Def("\\text{BN}", _bnl, _bnl_x, "F.batch_norm")])


def _lnp(a):
    X = a["X"]
    return F.layer_norm(X, (X.shape[-1],), eps=1e-5)


case("layer_norm_labml_plain", _lnl_in, [Def("\\hat{X}", _lnp)], variants=("square", "3x5"))

# ==========================================================================================
# Several definitions on one line (\quad, \text{and}, aligned rows)
# ==========================================================================================
case("ddpm_alpha_and", _abar_in, [
    Def("\\alpha", lambda a: 1 - a["\\beta"]),
    Def("\\bar{\\alpha}", _abar, lambda a: torch.cumprod(1 - a["\\beta"], 0), "torch.cumprod", 1e-12),
])


def _adam_bias_in(rng, v):
    return {"m_t": N(rng, 6), "v_t": U(rng, 0.1, 1.0, 6), "\\beta_1": S(0.9), "\\beta_2": S(0.999), "t": Num(4)}


case("adam_bias_quad", _adam_bias_in, [
    Def("\\hat{m}_t", lambda a: a["m_t"] / (1 - a["\\beta_1"] ** a["t"])),
    Def("\\hat{v}_t", lambda a: a["v_t"] / (1 - a["\\beta_2"] ** a["t"])),
])


def _gru_in(rng, v):
    I, H = 4, 3
    d = {"x": N(rng, I), "h": N(rng, H)}
    for g in "rzn":
        d["W_{i" + g + "}"] = N(rng, H, I, scale=0.5)
        d["W_{h" + g + "}"] = N(rng, H, H, scale=0.5)
        d["b_{i" + g + "}"] = N(rng, H, scale=0.5)
        d["b_{h" + g + "}"] = N(rng, H, scale=0.5)
    return d


def _gru_gate(a, g):
    return a["W_{i" + g + "}"] @ a["x"] + a["b_{i" + g + "}"] + a["W_{h" + g + "}"] @ a["h"] + a["b_{h" + g + "}"]


def _gru_r(a):
    return torch.sigmoid(_gru_gate(a, "r"))


def _gru_z(a):
    return torch.sigmoid(_gru_gate(a, "z"))


def _gru_n(a):
    return torch.tanh(a["W_{in}"] @ a["x"] + a["b_{in}"] + _gru_r(a) * (a["W_{hn}"] @ a["h"] + a["b_{hn}"]))


def _gru_h(a):
    z = _gru_z(a)
    return (1 - z) * _gru_n(a) + z * a["h"]


def _gru_cell(a):
    cell = torch.nn.GRUCell(a["x"].shape[0], a["h"].shape[0]).double()
    with torch.no_grad():
        cell.weight_ih.copy_(torch.cat([a["W_{ir}"], a["W_{iz}"], a["W_{in}"]], 0))
        cell.weight_hh.copy_(torch.cat([a["W_{hr}"], a["W_{hz}"], a["W_{hn}"]], 0))
        cell.bias_ih.copy_(torch.cat([a["b_{ir}"], a["b_{iz}"], a["b_{in}"]], 0))
        cell.bias_hh.copy_(torch.cat([a["b_{hr}"], a["b_{hz}"], a["b_{hn}"]], 0))
        return cell(a["x"][None], a["h"][None])[0]


case("gru_aligned", _gru_in, [
    Def("r", _gru_r), Def("z", _gru_z), Def("n", _gru_n),
    Def("h'", _gru_h, _gru_cell, "torch.nn.GRUCell", 1e-10),
])

# sizes no input gives (docs/LANGUAGE.md, "Sizes no input gives"): passed with --dim
# ------------------------------------------------------------------------------------------
def _pe_ref(n, d):
    # Vaswani et al. §3.5: PE(pos, 2i) = sin(pos / 10000^{2i/d_model}), PE(pos, 2i+1) = cos(…), pos = 0 … n-1
    pos = torch.arange(n, dtype=torch.float64)[:, None]
    i = torch.arange(d // 2, dtype=torch.float64)[None, :]
    angle = pos / torch.pow(torch.tensor(10000.0, dtype=torch.float64), 2 * i / d)
    out = torch.zeros(n, d, dtype=torch.float64)
    out[:, 0::2] = torch.sin(angle)
    out[:, 1::2] = torch.cos(angle)
    return out


def _pe_xcheck(n, d):
    # the annotated-Transformer implementation: div_term = exp(arange(0, d, 2) * -(ln 10000 / d))
    position = torch.arange(0, n, dtype=torch.float64).unsqueeze(1)
    div_term = torch.exp(torch.arange(0, d, 2, dtype=torch.float64) * -(math.log(10000.0) / d))
    pe = torch.zeros(n, d, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(position * div_term)
    pe[:, 1::2] = torch.cos(position * div_term)
    return pe


case("pe_vaswani_unsized", lambda rng, v: {}, [
    Def("PE", lambda a: _pe_ref(6, 8), lambda a: _pe_xcheck(6, 8), "annotated-Transformer div_term", 1e-12)],
    dims={"n_pos": 6, "d_model": 8})
case("pe_labml_unsized", lambda rng, v: {}, [
    Def("PE", lambda a: _pe_ref(5, 6), lambda a: _pe_xcheck(5, 6), "annotated-Transformer div_term", 1e-12)],
    dims={"n_p": 5, "d_model": 6})


def _ddpm_beta(a, T=6):
    # Ho et al. (2020) §4: linear from beta_1 to beta_T over t = 1 … T
    b1, bT = a["\\beta_1"], a["\\beta_T"]
    t = torch.arange(1, T + 1, dtype=torch.float64)
    return b1 + (t - 1) / (T - 1) * (bT - b1)


case("ddpm_linear_beta", lambda rng, v: {"\\beta_1": S(1e-4), "\\beta_T": S(0.02)}, [
    Def("\\beta", _ddpm_beta, lambda a: torch.linspace(a["\\beta_1"], a["\\beta_T"], 6, dtype=torch.float64),
        "torch.linspace", 1e-12),
    Def("\\bar{\\alpha}", lambda a: torch.cumprod(1 - _ddpm_beta(a), 0))],
    dims={"T": 6})
