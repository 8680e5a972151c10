% Log-sum-exp, spelled out; eqc evaluates it without overflow
x \in \mathbb{R}^{n}

\mathrm{LSE}(x) = \log\sum_{i=1}^{n} \exp(x_i)
