from h import *
rw,rl,e=0.7,-0.4,0.1; z=T(rw-rl)
out=-(1-e)*torch.nn.functional.logsigmoid(z)-e*torch.log(1-torch.sigmoid(z))
run('c1742_cdpo', {r'\hat{r}_\theta(x, y_w)':rw, r'\hat{r}_\theta(x, y_l)':rl, r'\epsilon':e}, out.numpy())
