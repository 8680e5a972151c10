% Linear warmup (Goyal et al. 2017, Sec. 2.2, gradual warmup), as commonly written
\eta_{\max}, T_w \in \mathbb{R}, t \in \mathbb{N}

\eta_t = \eta_{\max} \cdot \min\left(1, \frac{t}{T_w}\right)
