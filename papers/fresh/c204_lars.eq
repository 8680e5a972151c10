% LARS, You, Gitman & Ginsburg (2017), Algorithm 1 (one step for layer l; g_t^l given). w^l is a
% layer's weight matrix (prose); \|\cdot\| of a layer is the norm of all its weights.
w_t^l, g_t^l, v_t^l \in \mathbb{R}^{n \times k}, m, \beta, \gamma_{t+1} \in \mathbb{R}

\lambda^l \leftarrow \frac{\|w_t^l\|}{\|g_t^l\| + \beta \|w_t^l\|}
v_{t+1}^l \leftarrow m v_t^l + \gamma_{t+1} \lambda^l (g_t^l + \beta w_t^l)
w_{t+1}^l \leftarrow w_t^l - v_{t+1}^l
