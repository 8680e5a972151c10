from h import *
rng=np.random.default_rng(1419); B=6
pw,pl,rw,rl=(rng.uniform(0.05,0.9,size=B) for _ in range(4)); beta,lam=0.3,50.
z=beta*(np.log(pw/rw)-np.log(pl/rl)-lam*np.maximum(0,np.log(rw/pw)))
run('c1419_dpop', {r'\pi_\theta(y_w|x)':pw,r'\pi_\theta(y_l|x)':pl,r'\pi_{\text{ref}}(y_w|x)':rw,r'\pi_{\text{ref}}(y_l|x)':rl,r'\beta':beta,r'\lambda':lam},
    np.array(-np.mean(torch.nn.functional.logsigmoid(T(z)).numpy())))
