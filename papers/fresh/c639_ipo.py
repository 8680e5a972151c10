from h import *
rng=np.random.default_rng(639); B=6
pw,pl,rw,rl=(rng.uniform(0.05,0.9,size=B) for _ in range(4))
h=np.log(pw*rl/(pl*rw))
run('c639_ipo', {r'\pi(y_w \mid x)':pw, r'\pi(y_l \mid x)':pl, r'\pi_{\text{ref}}(y_w \mid x)':rw, r'\pi_{\text{ref}}(y_l \mid x)':rl}, np.mean((h-5.0)**2), fn='L_{IPO}')
