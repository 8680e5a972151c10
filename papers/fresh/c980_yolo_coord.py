from h import *
rng=np.random.default_rng(980); S2,B=9,2
one=np.zeros((S2,B)); cells=rng.choice(S2,4,replace=False); one[cells,rng.integers(0,B,4)]=1
x,y,xh,yh=(rng.random(S2) for _ in range(4)); w,h,wh,hh=(rng.uniform(.1,1,S2) for _ in range(4)); lc=5.0
# the paper's sums run over all S^2 cells and B predictors (0..S^2 is read as all cells)
L=lc*(one*((x-xh)**2+(y-yh)**2)[:,None]).sum()+lc*(one*((np.sqrt(w)-np.sqrt(wh))**2+(np.sqrt(h)-np.sqrt(hh))**2)[:,None]).sum()
run('c980_yolo_coord', {r'\mathbb{1}^{obj}':one,'x':x,'y':y,'w':w,'h':h,r'\hat{x}':xh,r'\hat{y}':yh,r'\hat{w}':wh,r'\hat{h}':hh,r'\lambda_{coord}':lc}, np.array(L))
