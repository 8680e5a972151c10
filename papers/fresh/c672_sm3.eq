% Memory-Efficient Adaptive Optimization (SM3), Anil et al. (2019), Algorithm SM3-I, one step: the
% cover sets S_1..S_k of the d parameters given as a 0/1 matrix S (row r marks S_r; declarations added)
g_t, w_t \in \mathbb{R}^{d}, \mu_{t-1} \in \mathbb{R}^{k}, S \in \{0,1\}^{k \times d}, \eta \in \mathbb{R}

\mu_t(r) \leftarrow \mu_{t-1}(r) + \max_{j \in S_r} g_t^2(j)
\nu_t(i) \leftarrow \min_{r : S_r \ni i} \mu_t(r)
w_{t+1}(i) \leftarrow w_t(i) - \eta \frac{g_t(i)}{\sqrt{\nu_t(i)}}
