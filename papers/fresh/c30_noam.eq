% Learning-rate schedule, Vaswani et al. (2017), Eq. 3
d_{model}, \mathrm{step\_num}, \mathrm{warmup\_steps} \in \mathbb{R}

lrate = d_{\text{model}}^{-0.5} \cdot \min(\mathrm{step\_num}^{-0.5}, \mathrm{step\_num} \cdot \mathrm{warmup\_steps}^{-1.5})
