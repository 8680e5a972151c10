from h import *
rng=np.random.default_rng(562); B=5
pw,rw,pl,rl=(rng.uniform(0.05,0.9,size=B) for _ in range(4)); beta=0.1
# DPO loss as in the paper (and TRL's sigmoid loss): -mean log sigmoid(beta*(log pw/rw - log pl/rl))
out=-torch.nn.functional.logsigmoid(beta*(torch.log(T(pw)/T(rw))-torch.log(T(pl)/T(rl)))).mean()
run('c562_dpo', {r'\pi_\theta(y_w \mid x)':pw, r'\pi_{\text{ref}}(y_w \mid x)':rw, r'\pi_\theta(y_l \mid x)':pl, r'\pi_{\text{ref}}(y_l \mid x)':rl, r'\beta':beta}, out.numpy())
