% Vaswani Eq. 3 exactly as printed (bare step\_num)
d_{model}, step\_num, warmup\_steps \in \mathbb{R}

lrate = d_{\text{model}}^{-0.5} \cdot \min(step\_num^{-0.5}, step\_num \cdot warmup\_steps^{-1.5})
