from h import *
rng=np.random.default_rng(1255); G,Tn=4,6; r=np.exp(rng.normal(size=(G,Tn))*0.3); A=rng.normal(size=(G,Tn)); lens=np.array([6,3,5,1]); el,eh=0.2,0.28
m=np.arange(Tn)[None,:]<lens[:,None]; v=np.minimum(r*A,np.clip(r,1-el,1+eh)*A)
run('c1255_dapo_token_loss', {r'r_{i,t}(\theta)':r,r'\hat{A}_{i,t}':A,'|o_i|':lens,r'\varepsilon_{\text{low}}':el,r'\varepsilon_{\text{high}}':eh}, np.array((v*m).sum()/lens.sum()))
