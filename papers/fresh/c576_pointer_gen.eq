% Pointer-generator, See et al. (2017), Eq. 9: the final distribution over an extended vocabulary of V words;
% a^t is the attention over the source tokens w_i (word ids counted from 0), given
P_{\text{vocab}} \in \mathbb{R}^{V}, a^t \in \mathbb{R}^{L}, w \in \{0, \dots, V-1\}^{L}, p_{\text{gen}} \in \mathbb{R}

P(v) = p_{\text{gen}} P_{\text{vocab}}(v) + (1 - p_{\text{gen}}) \sum_{i : w_i = v} a_i^t
