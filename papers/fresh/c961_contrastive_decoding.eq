% Contrastive decoding (Li et al., 2023), Eqs. 2-3: the expert's and the amateur's next-token distributions over
% V tokens; tokens below alpha times the expert's most likely token's probability are excluded (plausibility)
p_{\text{EXP}}, p_{\text{AMA}} \in \mathbb{R}^{V}, \alpha = 0.1

\text{CD-score}(x_i) = \begin{cases} \log \frac{p_{\text{EXP}}(x_i)}{p_{\text{AMA}}(x_i)}, & \text{if } p_{\text{EXP}}(x_i) \geq \alpha \max_w p_{\text{EXP}}(w) \\ -\infty, & \text{otherwise} \end{cases}
