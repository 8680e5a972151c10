% Sukhbaatar et al. 2015, "End-To-End Memory Networks", Eq. 1-2: match the query u with each memory m_i, read the output memories c_i
u \in \mathbb{R}^{d}, m \in \mathbb{R}^{n \times d}, c \in \mathbb{R}^{n \times d}

p_i = \mathrm{Softmax}(u^T m_i)
o = \sum_i p_i c_i
