% Uniform quantization to a grid of step \Delta with rounding down and up (e.g. in QAT papers)
x \in \mathbb{R}^{d}, \Delta \in \mathbb{R}

q_{down}(x) = \Delta \left\lfloor \frac{x}{\Delta} \right\rfloor
q_{up}(x) = \Delta \left\lceil \frac{x}{\Delta} \right\rceil
