from h import *
rng=np.random.default_rng(1741); B=5
pw,rw,pl,rl=(rng.uniform(0.05,0.9,size=B) for _ in range(4)); lw=rng.integers(5,40,size=B).astype(float); ll=rng.integers(5,40,size=B).astype(float); beta,al=0.1,0.01
z=beta*np.log(pw/rw)-beta*np.log(pl/rl)-(al*lw-al*ll)
out=-torch.nn.functional.logsigmoid(T(z)).mean()
run('c1741_rdpo', {r'\pi_\theta(y_w \mid x)':pw, r'\pi_{\text{ref}}(y_w \mid x)':rw, r'\pi_\theta(y_l \mid x)':pl, r'\pi_{\text{ref}}(y_l \mid x)':rl, '|y_w|':lw, '|y_l|':ll, r'\beta':beta, r'\alpha':al}, out.numpy())
