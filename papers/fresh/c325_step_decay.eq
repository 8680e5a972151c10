% Step decay schedule (e.g. the StepLR formula, PyTorch documentation): lr decays by gamma every s steps
\eta_0, \gamma \in \mathbb{R}, t, s \in \mathbb{N}

\eta_t = \eta_0 \cdot \gamma^{\lfloor t / s \rfloor}
