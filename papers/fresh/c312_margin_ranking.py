from h import *
rng=np.random.default_rng(312); N=7; a,b=rng.normal(size=N),rng.normal(size=N); y=np.sign(rng.normal(size=N)); m=0.3
run('c312_margin_ranking', {'x1':a,'x2':b,'y':y,r'\text{margin}':m}, torch.nn.functional.margin_ranking_loss(T(a),T(b),T(y),margin=m,reduction='none').numpy(), fn=r'\text{loss}')
