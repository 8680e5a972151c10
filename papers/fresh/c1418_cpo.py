from h import *
rng=np.random.default_rng(1418); B=5
pw,pl=rng.uniform(0.05,0.9,size=B),rng.uniform(0.05,0.9,size=B); beta=0.1
lp=-np.mean(np.log(1/(1+np.exp(-(beta*np.log(pw)-beta*np.log(pl))))))
run('c1418_cpo', {r'\pi_\theta(y_w|x)':pw,r'\pi_\theta(y_l|x)':pl,r'\beta':beta}, np.array(lp-np.mean(np.log(pw))), fn=r'\mathcal{L}_{\mathrm{CPO}}')
