from h import *
rng=np.random.default_rng(2035); N=4
pw,pl,rw,rl=(np.exp(rng.normal(-3,.5,N)) for _ in range(4)); tau=0.5
h=np.log(pw*rl/(pl*rw)); L=((h-1/(2*tau))**2).mean()
run('c2035_ipo_pairs', {r'\pi(y_w | x)':pw, r'\pi(y_l | x)':pl, r'\pi_{\text{ref}}(y_w | x)':rw, r'\pi_{\text{ref}}(y_l | x)':rl, r'\tau':tau}, L, fn=r'\mathcal{L}_{IPO}')
