% xLSTM, Beck et al. (2024), Eqs. 15-17: the stabilised exponential gates of the sLSTM, one step; m_t the stabiliser
% state, \tilde{i}_t the input gate's pre-activation and i_t = \exp(\tilde{i}_t), f_t the forget gate (given, prose)
i_t, \tilde{i}_t, f_t, m_{t-1} \in \mathbb{R}^{d}

m_t = \max\left(\log(f_t) + m_{t-1}, \log(i_t)\right)
i'_t = \exp\left(\log(i_t) - m_t\right) = \exp\left(\tilde{i}_t - m_t\right)
f'_t = \exp\left(\log(f_t) + m_{t-1} - m_t\right)
